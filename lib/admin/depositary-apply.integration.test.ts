// The depositary check on a real database (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set). The status page is written by the tests from the
// seeded CCM data (lib/depositary/test-pages/build-status-page.ts): the shipped
// data was transcribed from the 3 Feb 2026 page, so a database that lost Niue's
// accession and had Norway's signature moved shows exactly those two differences.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/sessions";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { isoFromUtcDate, utcDateFromIso, type IsoDate } from "../domain/dates";
import { buildStatusPage } from "../depositary/test-pages/build-status-page";
import { MBT_PAGE, NOT_A_STATUS_PAGE } from "../depositary/test-pages/pages";
import { applyDepositaryDifferences } from "./depositary-apply";
import { checkStatusPage, depositaryTreaty, type DepositaryTreaty } from "./depositary-records";
import { createUser } from "./users";

const database = withSeededDatabase();
let admin: Actor;
let ccm: DepositaryTreaty;
let pageAsAt: (statusAsAt: IsoDate) => string;

const prisma = () => database().prisma;
const checkedOn = async () =>
  isoFromUtcDate((await prisma().treaty.findUniqueOrThrow({ where: { slug: "ccm" } })).depositaryCheckedOn);
const rowsOf = (stateIso3: string) =>
  prisma().treatyAction.findMany({ where: { stateIso3, treaty: { slug: "ccm" } }, orderBy: { depositedOn: "asc" } });

beforeAll(async () => {
  const created = await createUser(null, {
    email: "admin@example.org",
    name: "Ada Admin",
    role: "admin",
    password: "correct horse battery",
  });
  if (!created.ok) throw new Error("no admin");
  admin = { id: created.value.id, email: "admin@example.org", name: "Ada Admin", role: "admin" };
  const treaty = await depositaryTreaty("ccm");
  if (!treaty) throw new Error("no CCM");
  ccm = treaty;

  // The page: the seeded CCM data as the depositary would print it.
  const [states, rows] = await Promise.all([
    prisma().state.findMany(),
    prisma().treatyAction.findMany({ where: { treaty: { slug: "ccm" } } }),
  ]);
  const names = new Map(states.map((state) => [state.iso3, state.depositaryName]));
  const pageRows = rows.map((row) => ({
    stateIso3: row.stateIso3,
    type: row.type,
    depositedOn: isoFromUtcDate(row.depositedOn),
    effectiveOn: row.effectiveOn ? isoFromUtcDate(row.effectiveOn) : null,
  }));
  pageAsAt = (statusAsAt) =>
    buildStatusPage({
      reference: "XXVI-6",
      title: "Convention on Cluster Munitions",
      statusAsAt,
      provisionalColumn: true,
      names,
      rows: pageRows,
    });

  // The database: Niue's accession lost, Norway's signature a day late.
  await prisma().treatyAction.deleteMany({ where: { stateIso3: "NIU", treaty: { slug: "ccm" } } });
  await prisma().treatyAction.updateMany({
    where: { stateIso3: "NOR", type: "signature", treaty: { slug: "ccm" } },
    data: { depositedOn: utcDateFromIso("2008-12-04") },
  });
});

describe("checking a status page", () => {
  it("lists exactly the action removed and the date changed, and every name matches a state", async () => {
    const norway = (await rowsOf("NOR")).find((row) => row.type === "signature");
    const check = await checkStatusPage(ccm, pageAsAt("2026-03-02"));
    expect(check.page).toMatchObject({ reference: "XXVI-6", statusAsAt: "2026-03-02", participants: 125 });
    expect(check.differences.map(({ id, kind, state }) => ({ id, kind, state: state.name }))).toEqual([
      { id: "missing-here.NIU.consent.2020-08-06.none", kind: "missing-here", state: "Niue" },
      { id: `differs.NOR.signature.2008-12-03.${norway?.id}v1`, kind: "differs", state: "Norway" },
    ]);
    expect(check).toMatchObject({ unmatched: [], problems: [], clean: false });
  });

  it("refuses another treaty's page and a page that is not a status page, saying what was expected", async () => {
    await expect(checkStatusPage(ccm, MBT_PAGE)).rejects.toThrow(
      /^This is the status page of MTDSG XXVI-5 \(.*\), not of the Convention on Cluster Munitions: expected the page of MTDSG XXVI-6\.$/,
    );
    const refused = await applyDepositaryDifferences(admin, { treaty: "ccm", html: NOT_A_STATUS_PAGE, ids: [] });
    expect(refused).toEqual({
      ok: false,
      formError: null,
      fieldErrors: {
        page: [expect.stringMatching(/^This is not a depositary status page: it has no table of participants/)],
      },
    });
  });
});

describe("applying the differences", () => {
  it("restores the data through the editors' writes, with audit rows, and moves the checked date to the page's", async () => {
    const page = pageAsAt("2026-03-02");
    const { differences } = await checkStatusPage(ccm, page);
    const ids = differences.map((difference) => difference.id);
    const auditBefore = await prisma().auditLogEntry.count();

    const applied = await applyDepositaryDifferences(admin, { treaty: "ccm", html: page, ids });
    if (!applied.ok) throw new Error(JSON.stringify(applied));
    expect(applied.value.results).toEqual([
      { id: ids[0], state: "Niue", label: "Record the accession of 6 Aug 2020", ok: true, message: "Recorded." },
      {
        id: ids[1],
        state: "Norway",
        label: "Correct the signature of 4 Dec 2008 to the signature of 3 Dec 2008",
        ok: true,
        message: "Corrected.",
      },
    ]);
    expect(applied.value.after).toMatchObject({ differences: [], clean: true });
    expect(applied.value.checkedOn).toEqual({ before: "2026-02-03", after: "2026-03-02" });
    expect(await checkedOn()).toBe("2026-03-02");

    const [niue] = await rowsOf("NIU");
    expect(niue).toMatchObject({
      type: "accession",
      origin: "admin",
      source: ccm.depositaryUrl,
      confidence: "confirmed",
      note: "From the depositary status page as at 2 Mar 2026 (MTDSG XXVI-6).",
    });
    const norway = (await rowsOf("NOR")).find((row) => row.type === "signature");
    expect(norway && isoFromUtcDate(norway.depositedOn)).toBe("2008-12-03");
    expect(norway?.version).toBe(2);

    const audit = await prisma().auditLogEntry.findMany({ where: { id: { gt: auditBefore } }, orderBy: { id: "asc" } });
    expect(audit.map(({ userId, action, entityType, entityId }) => ({ userId, action, entityType, entityId }))).toEqual(
      [
        { userId: admin.id, action: "update", entityType: "treaty_action", entityId: String(norway?.id) },
        { userId: admin.id, action: "create", entityType: "treaty_action", entityId: String(niue?.id) },
        { userId: admin.id, action: "update", entityType: "treaty", entityId: "ccm" },
      ],
    );
    expect(audit[0]?.reason).toBe(
      "The depositary status page as at 2 Mar 2026 (MTDSG XXVI-6) has the signature of 3 Dec 2008; here: the signature of 4 Dec 2008.",
    );
    expect(audit[2]).toMatchObject({
      before: { depositaryCheckedOn: "2026-02-03" },
      after: { depositaryCheckedOn: "2026-03-02" },
    });
  });

  it("refuses a ticked difference that is no longer there, and writes nothing", async () => {
    const revision = await prisma().dataRevision.findUniqueOrThrow({ where: { id: 1 } });
    const again = await applyDepositaryDifferences(admin, {
      treaty: "ccm",
      html: pageAsAt("2026-03-02"),
      ids: ["missing-here.NIU.consent.2020-08-06.none"],
    });
    expect(again.ok && again.value.results).toEqual([
      {
        id: "missing-here.NIU.consent.2020-08-06.none",
        state: "NIU",
        label: "missing-here.NIU.consent.2020-08-06.none",
        ok: false,
        message: expect.stringMatching(/^No longer a difference between the page and the database/),
      },
    ]);
    expect((await prisma().dataRevision.findUniqueOrThrow({ where: { id: 1 } })).revision).toBe(revision.revision);
  });

  it("on a clean comparison moves the checked date forward only, with nothing ticked", async () => {
    const later = await applyDepositaryDifferences(admin, { treaty: "ccm", html: pageAsAt("2026-04-01"), ids: [] });
    expect(later.ok && later.value.checkedOn).toEqual({ before: "2026-03-02", after: "2026-04-01" });
    expect(await checkedOn()).toBe("2026-04-01");

    const older = await applyDepositaryDifferences(admin, { treaty: "ccm", html: pageAsAt("2026-03-15"), ids: [] });
    expect(older.ok && older.value).toMatchObject({
      after: { clean: true },
      checkedOn: { before: "2026-04-01", after: "2026-04-01" },
    });
  });

  it("records a withdrawal the database lacks with the end note's effect, and deletes a row the page does not have", async () => {
    await prisma().treatyAction.deleteMany({
      where: { stateIso3: "LTU", type: "withdrawal", treaty: { slug: "ccm" } },
    });
    const armenia = await prisma().treatyAction.create({
      data: {
        treaty: { connect: { slug: "ccm" } },
        state: { connect: { iso3: "ARM" } },
        type: "accession",
        depositedOn: utcDateFromIso("2021-01-04"),
        source: "https://example.org/a-mistake",
      },
    });
    const page = pageAsAt("2026-04-01");
    const { differences } = await checkStatusPage(ccm, page);
    expect(differences.map(({ id }) => id)).toEqual([
      `not-on-page.ARM.consent.none.${armenia.id}v1`,
      "withdrawal-missing.LTU.withdrawal.2024-09-06.none",
    ]);

    const applied = await applyDepositaryDifferences(admin, {
      treaty: "ccm",
      html: page,
      ids: differences.map(({ id }) => id),
    });
    expect(applied.ok && applied.value.results.map(({ ok, message }) => [ok, message])).toEqual([
      [true, "Deleted."],
      [true, "Recorded."],
    ]);
    const withdrawal = (await rowsOf("LTU")).find((row) => row.type === "withdrawal");
    expect(withdrawal && isoFromUtcDate(withdrawal.effectiveOn ?? new Date(0))).toBe("2025-03-06");
    expect(withdrawal?.note).toBe("From the depositary status page as at 1 Apr 2026 (MTDSG XXVI-6): end note 1.");
    expect(await prisma().treatyAction.findUnique({ where: { id: armenia.id } })).toBeNull();
    expect(
      await prisma().auditLogEntry.findFirst({ where: { entityId: String(armenia.id), action: "delete" } }),
    ).toMatchObject({ reason: "Not on the depositary status page as at 1 Apr 2026 (MTDSG XXVI-6)." });
  });
});
