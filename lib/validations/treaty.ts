// The admin's treaty form (create and edit): one schema for the form and its
// server actions. A treaty is data, so everything the status engine needs comes
// from here: dates, the rule for later joiners, the withdrawal notice, the
// obligation deadlines. Slugs and aliases follow seed/schemas.ts; whether an
// alias already names another treaty is checked in the write's transaction
// (lib/admin/treaties.ts), where the other treaties are known.
import { z } from "zod";
import { isIsoDate } from "../domain/dates";
import type { ObligationKind } from "../domain/obligations";

/** As seed/schemas.ts and the database's check (treaties_slug_format). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MESSAGE = "must be lower-case letters and digits joined by single hyphens, e.g. mine-ban-treaty";
/** Taken by the admin's own pages (/admin/treaties/new). */
const RESERVED_SLUGS = new Set(["new"]);

export const OBLIGATION_KINDS = [
  "stockpile_destruction",
  "clearance",
  "initial_report",
] as const satisfies readonly ObligationKind[];
export const LATER_JOINER_RULES = ["first_day_of_month_after", "days_after"] as const;
export const OBLIGATION_UNITS = ["years", "days"] as const;

export const slugField = z
  .string()
  .trim()
  .min(1, { message: "is required", abort: true })
  .max(100, "is too long (100 characters at most)")
  .regex(SLUG, SLUG_MESSAGE);

const text = (max: number, required: string) =>
  z
    .string()
    .trim()
    .min(1, required)
    .max(max, `is too long (${max.toLocaleString("en")} characters at most)`);

export const dateField = (what: string) =>
  z.string().trim().refine(isIsoDate, `must be a real date written YYYY-MM-DD (${what})`);

/** A whole number typed into a form; empty is `null` when the field is optional. */
export const wholeNumber = (min: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "is required", abort: true })
    .regex(/^\d+$/, { message: "must be a whole number", abort: true })
    .transform(Number)
    .refine((value) => value >= min, `must be at least ${min}`);
const optionalWholeNumber = (min: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(wholeNumber(min).nullable());

/** Aliases as typed: separated by commas, spaces or lines. */
const aliasesField = z
  .string()
  .optional()
  .transform((value) => [...new Set((value ?? "").split(/[\s,]+/).filter(Boolean))])
  .superRefine((aliases, context) => {
    const bad = aliases.filter((alias) => !SLUG.test(alias));
    if (bad.length > 0)
      context.addIssue({ code: "custom", message: `${SLUG_MESSAGE}: ${bad.map((a) => `“${a}”`).join(", ")}` });
  });

/** The fields of one obligation; the form names them after its kind (clearancePeriod, clearanceUnit...). */
const obligationFields = {
  Period: optionalWholeNumber(1),
  Unit: z.enum(OBLIGATION_UNITS, { message: "must be years or days" }).optional().default("years"),
  MaxExtension: optionalWholeNumber(0),
  Article: z
    .string()
    .trim()
    .max(100, "is too long (100 characters at most)")
    .optional()
    .transform((value) => value || null),
};
type ObligationFields = typeof obligationFields;

function obligationShape<K extends ObligationKind>(kind: K) {
  return Object.fromEntries(Object.entries(obligationFields).map(([name, field]) => [`${kind}${name}`, field])) as {
    [F in keyof ObligationFields as `${K}${F}`]: ObligationFields[F];
  };
}

export type ObligationRuleInput = {
  kind: ObligationKind;
  periodYears: number | null;
  periodDays: number | null;
  maxExtensionYears: number | null;
  article: string;
};

const treatyShape = z.object({
  slug: slugField.refine((slug) => !RESERVED_SLUGS.has(slug), "is taken by the admin's own pages: choose another"),
  aliases: aliasesField,
  shortName: text(100, "is required: the name shown in headings, e.g. Mine Ban Treaty"),
  officialName: text(500, "is required: the treaty's full title"),
  depositaryReference: text(100, "is required, e.g. MTDSG XXVI-5"),
  depositaryUrl: z
    .string()
    .trim()
    .refine(
      (value) => /^https?:\/\//i.test(value) && URL.canParse(value),
      "must be a web address (https://…): the depositary's status page",
    ),
  adoptedOn: dateField("the day the text was adopted"),
  openedForSignatureOn: dateField("the day it opened for signature"),
  entryIntoForceOn: dateField("the day it entered into force"),
  entryIntoForceThreshold: wholeNumber(1),
  signatureClosesOn: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(dateField("the last day it was open for signature").nullable()),
  laterJoinerRule: z.enum(LATER_JOINER_RULES, { message: "must be one of the two rules: choose one" }),
  entryIntoForceDelayMonths: optionalWholeNumber(0),
  entryIntoForceDelayDays: optionalWholeNumber(0),
  withdrawalNoticeMonths: wholeNumber(0),
  ...obligationShape("stockpile_destruction"),
  ...obligationShape("clearance"),
  ...obligationShape("initial_report"),
});
type TreatyShape = z.output<typeof treatyShape>;

/**
 * The rules between fields, read from the values as typed so that they are
 * reported together with every other problem, not only once the rest is right.
 */
function crossFieldErrors(values: Record<string, unknown>): Record<string, string[]> {
  const raw = (name: string) => {
    const value = values[name];
    return typeof value === "string" ? value.trim() : "";
  };
  const errors: Record<string, string[]> = {};
  const issue = (field: string, message: string) => (errors[field] ??= []).push(message);
  const [adoptedOn, openedOn, inForceOn] = [raw("adoptedOn"), raw("openedForSignatureOn"), raw("entryIntoForceOn")];
  if (isIsoDate(adoptedOn) && isIsoDate(openedOn) && openedOn < adoptedOn)
    issue("openedForSignatureOn", `cannot be before the adoption (${adoptedOn})`);
  if (isIsoDate(openedOn) && isIsoDate(inForceOn) && inForceOn < openedOn)
    issue("entryIntoForceOn", `cannot be before the opening for signature (${openedOn})`);
  const closesOn = raw("signatureClosesOn");
  if (isIsoDate(openedOn) && isIsoDate(closesOn) && closesOn < openedOn)
    issue("signatureClosesOn", `cannot be before the opening for signature (${openedOn})`);
  if (
    raw("slug") &&
    raw("aliases")
      .split(/[\s,]+/)
      .includes(raw("slug"))
  )
    issue("aliases", `must not repeat the slug “${raw("slug")}”`);
  if (raw("laterJoinerRule") === "days_after" && !raw("entryIntoForceDelayDays"))
    issue("entryIntoForceDelayDays", "is required with the rule “the Nth day after deposit”");
  if (raw("laterJoinerRule") === "first_day_of_month_after" && !raw("entryIntoForceDelayMonths"))
    issue("entryIntoForceDelayMonths", "is required with the rule “the first day of the Nth month after deposit”");
  for (const kind of OBLIGATION_KINDS) {
    if (!raw(`${kind}Period`)) {
      if (raw(`${kind}Article`) || raw(`${kind}MaxExtension`))
        issue(`${kind}Period`, "is required when the obligation has an article or an extension");
    } else if (!raw(`${kind}Article`)) issue(`${kind}Article`, "is required: where the treaty sets the deadline");
  }
  return errors;
}

function obligationRules(treaty: TreatyShape): ObligationRuleInput[] {
  return OBLIGATION_KINDS.flatMap((kind) => {
    const period = treaty[`${kind}Period`];
    const article = treaty[`${kind}Article`];
    if (period === null || !article) return [];
    const inYears = treaty[`${kind}Unit`] === "years";
    return [
      {
        kind,
        periodYears: inYears ? period : null,
        periodDays: inYears ? null : period,
        maxExtensionYears: treaty[`${kind}MaxExtension`],
        article,
      },
    ];
  });
}

/** The treaty form's own fields, create and edit alike (an edit names the treaty by its slug, which does not change). */
const treatyFormSchema = treatyShape.transform((treaty) => ({
  slug: treaty.slug,
  aliases: treaty.aliases,
  shortName: treaty.shortName,
  officialName: treaty.officialName,
  depositaryReference: treaty.depositaryReference,
  depositaryUrl: treaty.depositaryUrl,
  adoptedOn: treaty.adoptedOn,
  openedForSignatureOn: treaty.openedForSignatureOn,
  entryIntoForceOn: treaty.entryIntoForceOn,
  entryIntoForceThreshold: treaty.entryIntoForceThreshold,
  signatureClosesOn: treaty.signatureClosesOn,
  laterJoinerRule: treaty.laterJoinerRule,
  // Only the delay the rule uses is kept: the other would be read by nobody.
  entryIntoForceDelayMonths:
    treaty.laterJoinerRule === "first_day_of_month_after" ? treaty.entryIntoForceDelayMonths : null,
  entryIntoForceDelayDays: treaty.laterJoinerRule === "days_after" ? treaty.entryIntoForceDelayDays : null,
  withdrawalNoticeMonths: treaty.withdrawalNoticeMonths,
  obligationRules: obligationRules(treaty),
}));
export type TreatyInput = z.infer<typeof treatyFormSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; fieldErrors: Record<string, string[]> };

const newTreatyExtras = z.object({
  depositaryCheckedOn: dateField("the “Status as at” date of the depositary page the data was checked against"),
});
const changeExtras = z.object({
  reason: z
    .string()
    .trim()
    .min(3, "is required: say why, for the audit log")
    .max(2000, "is too long (2,000 characters at most)"),
});

/** The treaty's fields and the form's own extras parsed together: every field's errors at once. */
function parseTreatyForm<B>(
  values: Record<string, unknown>,
  extras: z.ZodType<B>,
  check: (value: TreatyInput & B) => Record<string, string[]> = () => ({}),
): Parsed<TreatyInput & B> {
  const treaty = treatyFormSchema.safeParse(values);
  const extra = extras.safeParse(values);
  const fieldErrors = crossFieldErrors(values);
  for (const error of [treaty.error, extra.error]) {
    for (const issue of error?.issues ?? []) {
      const messages = (fieldErrors[String(issue.path[0] ?? "form")] ??= []);
      if (!messages.includes(issue.message)) messages.push(issue.message);
    }
  }
  if (Object.keys(fieldErrors).length > 0 || !treaty.success || !extra.success) return { ok: false, fieldErrors };
  const value = { ...treaty.data, ...extra.data };
  const more = check(value);
  return Object.keys(more).length > 0 ? { ok: false, fieldErrors: more } : { ok: true, value };
}

export type NewTreaty = TreatyInput & z.infer<typeof newTreatyExtras>;
export type TreatyChange = TreatyInput & z.infer<typeof changeExtras>;

/** The "New treaty" form: the treaty and the date of the depositary page its data will be checked against. */
export function parseNewTreaty(values: Record<string, unknown>): Parsed<NewTreaty> {
  return parseTreatyForm(values, newTreatyExtras, (treaty): Record<string, string[]> =>
    treaty.depositaryCheckedOn < treaty.openedForSignatureOn
      ? { depositaryCheckedOn: [`cannot be before the opening for signature (${treaty.openedForSignatureOn})`] }
      : {},
  );
}

/** The edit form: the treaty as it should now be, and why. */
export function parseTreatyChange(values: Record<string, unknown>): Parsed<TreatyChange> {
  return parseTreatyForm(values, changeExtras);
}
