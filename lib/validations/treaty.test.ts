// The treaty form's schema against what a careless or hostile form post can
// send. The TPNW's own facts (see lib/admin/treaties.integration.test.ts for
// where each was verified) are the valid case.
import { describe, expect, it } from "vitest";
import { parseNewTreaty, parseTreatyChange } from "./treaty";

const TPNW: Record<string, string> = {
  slug: "tpnw",
  aliases: "nuclear-ban-treaty, ban-treaty",
  shortName: "TPNW",
  officialName: "Treaty on the Prohibition of Nuclear Weapons",
  depositaryReference: "MTDSG XXVI-9",
  depositaryUrl: "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-9&chapter=26&clang=_en",
  adoptedOn: "2017-07-07",
  openedForSignatureOn: "2017-09-20",
  entryIntoForceOn: "2021-01-22",
  entryIntoForceThreshold: "50",
  laterJoinerRule: "days_after",
  entryIntoForceDelayMonths: "",
  entryIntoForceDelayDays: "90",
  withdrawalNoticeMonths: "12",
  depositaryCheckedOn: "2026-02-03",
  stockpile_destructionPeriod: "",
  stockpile_destructionUnit: "years",
  stockpile_destructionMaxExtension: "",
  stockpile_destructionArticle: "",
  clearancePeriod: "",
  clearanceUnit: "years",
  clearanceMaxExtension: "",
  clearanceArticle: "",
  initial_reportPeriod: "",
  initial_reportUnit: "days",
  initial_reportMaxExtension: "",
  initial_reportArticle: "",
};

const errorsOf = (values: Record<string, string>) => {
  const parsed = parseNewTreaty(values);
  return parsed.ok ? {} : parsed.fieldErrors;
};

describe("the treaty form", () => {
  it("accepts the TPNW: the ninetieth day after deposit, 12 months' withdrawal notice, no months rule", () => {
    const parsed = parseNewTreaty(TPNW);
    expect(parsed.ok && parsed.value).toMatchObject({
      slug: "tpnw",
      aliases: ["nuclear-ban-treaty", "ban-treaty"],
      laterJoinerRule: "days_after",
      entryIntoForceDelayDays: 90,
      entryIntoForceDelayMonths: null,
      entryIntoForceThreshold: 50,
      withdrawalNoticeMonths: 12,
      obligationRules: [],
      depositaryCheckedOn: "2026-02-03",
    });
  });

  it("keeps only the delay the chosen rule uses", () => {
    const parsed = parseNewTreaty({ ...TPNW, entryIntoForceDelayMonths: "6" });
    expect(parsed.ok && [parsed.value.entryIntoForceDelayMonths, parsed.value.entryIntoForceDelayDays]).toEqual([
      null,
      90,
    ]);
  });

  it("refuses a slug that is not lower-case words joined by hyphens, or that an admin page takes", () => {
    for (const slug of [
      "TPNW",
      "nuclear ban",
      "tpnw-",
      "-tpnw",
      "tp--nw",
      "tpnw/../admin",
      "x'; DROP TABLE treaties;--",
      "é",
    ]) {
      expect({ slug, errors: errorsOf({ ...TPNW, slug }).slug }).toEqual({
        slug,
        errors: ["must be lower-case letters and digits joined by single hyphens, e.g. mine-ban-treaty"],
      });
    }
    expect(errorsOf({ ...TPNW, slug: "" }).slug).toEqual(["is required"]);
    expect(errorsOf({ ...TPNW, slug: "new" }).slug).toEqual(["is taken by the admin's own pages: choose another"]);
  });

  it("refuses aliases that are not slugs, or that repeat the treaty's own slug", () => {
    expect(errorsOf({ ...TPNW, aliases: "ban-treaty, Nuclear Ban, <script>" }).aliases).toEqual([
      "must be lower-case letters and digits joined by single hyphens, e.g. mine-ban-treaty: “Nuclear”, “Ban”, “<script>”",
    ]);
    expect(errorsOf({ ...TPNW, aliases: "ban-treaty tpnw" }).aliases).toEqual(["must not repeat the slug “tpnw”"]);
  });

  it("refuses dates that are not real or not in order: adoption, opening, entry into force", () => {
    expect(errorsOf({ ...TPNW, adoptedOn: "2017-02-30" }).adoptedOn).toEqual([
      "must be a real date written YYYY-MM-DD (the day the text was adopted)",
    ]);
    expect(errorsOf({ ...TPNW, openedForSignatureOn: "2017-07-06" }).openedForSignatureOn).toEqual([
      "cannot be before the adoption (2017-07-07)",
    ]);
    expect(errorsOf({ ...TPNW, entryIntoForceOn: "2017-09-19" }).entryIntoForceOn).toEqual([
      "cannot be before the opening for signature (2017-09-20)",
    ]);
    // The same day is fine: a treaty may open for signature on the day it is adopted.
    expect(parseNewTreaty({ ...TPNW, adoptedOn: "2017-09-20" }).ok).toBe(true);
  });

  it("reports the order of the dates together with every other problem", () => {
    const errors = errorsOf({ ...TPNW, slug: "Bad Slug", entryIntoForceOn: "2016-01-01", withdrawalNoticeMonths: "" });
    expect(Object.keys(errors).sort()).toEqual(["entryIntoForceOn", "slug", "withdrawalNoticeMonths"]);
  });

  it("needs the delay its rule uses: days for the days rule, months for the first-day rule", () => {
    expect(errorsOf({ ...TPNW, entryIntoForceDelayDays: "" }).entryIntoForceDelayDays).toEqual([
      "is required with the rule “the Nth day after deposit”",
    ]);
    expect(
      errorsOf({ ...TPNW, laterJoinerRule: "first_day_of_month_after", entryIntoForceDelayMonths: "" })
        .entryIntoForceDelayMonths,
    ).toEqual(["is required with the rule “the first day of the Nth month after deposit”"]);
    expect(errorsOf({ ...TPNW, laterJoinerRule: "whenever" }).laterJoinerRule).toEqual([
      "must be one of the two rules: choose one",
    ]);
  });

  it("takes whole numbers only", () => {
    for (const value of ["fifty", "50.5", "-1", "5e1", "0x32"]) {
      expect({ value, errors: errorsOf({ ...TPNW, entryIntoForceThreshold: value }).entryIntoForceThreshold }).toEqual({
        value,
        errors: ["must be a whole number"],
      });
    }
    expect(errorsOf({ ...TPNW, entryIntoForceThreshold: "0" }).entryIntoForceThreshold).toEqual(["must be at least 1"]);
    expect(errorsOf({ ...TPNW, entryIntoForceDelayDays: "ninety" }).entryIntoForceDelayDays).toEqual([
      "must be a whole number",
    ]);
  });

  it("needs a web address for the depositary's page, never a script", () => {
    for (const url of ["javascript:alert(1)", "treaties.un.org", "https://", ""]) {
      expect({ url, errors: errorsOf({ ...TPNW, depositaryUrl: url }).depositaryUrl }).toEqual({
        url,
        errors: ["must be a web address (https://…): the depositary's status page"],
      });
    }
  });

  it("turns each obligation into a rule in years or days, and needs the article of one given", () => {
    const parsed = parseNewTreaty({
      ...TPNW,
      clearancePeriod: "10",
      clearanceMaxExtension: "5",
      clearanceArticle: "Art. 4",
      initial_reportPeriod: "180",
      initial_reportArticle: "Art. 7",
    });
    expect(parsed.ok && parsed.value.obligationRules).toEqual([
      { kind: "clearance", periodYears: 10, periodDays: null, maxExtensionYears: 5, article: "Art. 4" },
      { kind: "initial_report", periodYears: null, periodDays: 180, maxExtensionYears: null, article: "Art. 7" },
    ]);
    expect(errorsOf({ ...TPNW, clearancePeriod: "10" }).clearanceArticle).toEqual([
      "is required: where the treaty sets the deadline",
    ]);
    expect(errorsOf({ ...TPNW, clearanceArticle: "Art. 4" }).clearancePeriod).toEqual([
      "is required when the obligation has an article or an extension",
    ]);
    expect(
      errorsOf({ ...TPNW, clearancePeriod: "10", clearanceArticle: "Art. 4", clearanceUnit: "weeks" }).clearanceUnit,
    ).toEqual(["must be years or days"]);
  });

  it("needs the depositary check date when creating, not before the opening", () => {
    expect(errorsOf({ ...TPNW, depositaryCheckedOn: "" }).depositaryCheckedOn).toBeDefined();
    expect(errorsOf({ ...TPNW, depositaryCheckedOn: "2017-01-01" }).depositaryCheckedOn).toEqual([
      "cannot be before the opening for signature (2017-09-20)",
    ]);
  });

  it("needs a reason for an edit, for the audit log", () => {
    const edit = parseTreatyChange({ ...TPNW, reason: " " });
    expect(edit.ok ? {} : edit.fieldErrors.reason).toEqual(["is required: say why, for the audit log"]);
    expect(parseTreatyChange({ ...TPNW, reason: "Add an alias" }).ok).toBe(true);
  });
});
