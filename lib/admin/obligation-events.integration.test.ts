// Editors' writes of obligation events on a real database (PGlite, or
// PostgreSQL when TEST_DATABASE_URL is set): the rules of
// lib/domain/obligation-events.ts, audit rows, the data revision, the
// snapshots, and the seed loader leaving admin changes alone. Facts used: the
// CCM entered into force for Germany (ratified 8 Jul 2009) on 1 Aug 2010, so
// its Art. 4 clearance deadline was 1 Aug 2020; the 9th Meeting of States
// Parties (Sept 2019) extended it to 1 Aug 2025. Events made up for the rules
// say so in their note.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "@/seed/load-seed";
import { SEED_DATA_DIR } from "@/seed/read-files";
import { readSeed } from "@/seed/read-seed";
import type { Actor } from "../auth/sessions";
import { withSeededDatabase } from "../data/seeded-database.test-support";
import { getTreatySnapshot } from "../data/treaty-snapshots";
import { utcDateFromIso } from "../domain/dates";
import {
  obligationEventDeletionSchema,
  obligationEventFieldsSchema,
  type ObligationEventFields,
} from "../validations/obligation-event-form";
import { deleteObligationEvent } from "./delete-obligation-event";
import { recordObligationEvent } from "./record-obligation-event";
import { createUser } from "./users";

const database = withSeededDatabase();
let editor: Actor;

const SOURCE =
  "https://docslib.org/doc/10834062/germany-signed-3-december-2008-ratified-8-july-2009-entered-into-force-1-august-2010";

/** The form as an editor fills it in: strings, as FormData sends them. */
const GERMANY_GRANT: Record<string, string> = {
  treaty: "ccm",
  state: "Germany (DEU)",
  kind: "clearance",
  event: "extension-granted",
  event_on: "2019-09",
  deadline: "2025-08-01",
  meeting: "Ninth Meeting of States Parties (CCM)",
  information_on: "2020-05-04",
  source: SOURCE,
  confidence: "confirmed",
  note: "",
};

const form = (values: Record<string, string>): ObligationEventFields => obligationEventFieldsSchema.parse(values);
const made = (values: Record<string, string>) =>
  form({ ...GERMANY_GRANT, ...values, note: values.note ?? "Made up for the tests of the rules." });

async function clearanceEvents(iso3: string) {
  const snapshot = await getTreatySnapshot("ccm");
  if (!snapshot) throw new Error("no CCM");
  return snapshot.obligations.events.clearance.get(iso3) ?? [];
}

async function revision() {
  return (await database().prisma.dataRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;
}

/** What a refused write must leave as it was. */
async function counts() {
  const { prisma } = database();
  return {
    events: await prisma.obligationEvent.count(),
    audit: await prisma.auditLogEntry.count(),
    revision: await revision(),
  };
}

/** The CCM clearance events of the states these tests record for: none, as the editor found them. */
const CLEARED = ["DEU", "LAO", "MOZ"];

beforeAll(async () => {
  await database().prisma.obligationEvent.deleteMany({
    where: { treaty: { slug: "ccm" }, kind: "clearance", stateIso3: { in: CLEARED } },
  });
  const created = await createUser(null, {
    email: "editor@example.org",
    name: "Edith Editor",
    role: "editor",
    password: "correct horse battery",
  });
  if (!created.ok) throw new Error("no editor");
  editor = { id: created.value.id, email: "editor@example.org", name: "Edith Editor", role: "editor" };
});

describe("recording an obligation event", () => {
  it("saves Germany's extension with its audit row, and the treaty's snapshot has it at once", async () => {
    expect(await clearanceEvents("DEU")).toEqual([]); // the snapshot is loaded (and cached) before the write
    const revisionBefore = await revision();

    const saved = await recordObligationEvent(editor, form(GERMANY_GRANT));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(saved.value).toMatchObject({ treaty: "ccm", state: "DEU" });

    expect(await clearanceEvents("DEU")).toEqual([
      expect.objectContaining({
        type: "extension-granted",
        on: expect.objectContaining({ text: "2019-09", precision: "month", first: "2019-09-01" }),
        deadline: "2025-08-01",
        meeting: "Ninth Meeting of States Parties (CCM)",
      }),
    ]);
    const row = await database().prisma.obligationEvent.findUniqueOrThrow({ where: { id: saved.value.id } });
    expect(row).toMatchObject({ stateIso3: "DEU", kind: "clearance", type: "extension_granted", origin: "admin" });
    expect(row.eventOn).toEqual(utcDateFromIso("2019-09-01"));

    const audit = await database().prisma.auditLogEntry.findFirstOrThrow({
      where: { entityType: "obligation_event", entityId: String(row.id) },
    });
    expect(audit).toMatchObject({ userId: editor.id, action: "create", stateIso3: "DEU", before: null, reason: null });
    expect(audit.after).toMatchObject({
      treaty: "ccm",
      state: "DEU",
      kind: "clearance",
      type: "extension_granted",
      eventOn: "2019-09",
      eventOnFirst: "2019-09-01",
      eventOnPrecision: "month",
      deadline: "2025-08-01",
      meeting: "Ninth Meeting of States Parties (CCM)",
      informationOn: "2020-05-04",
      source: SOURCE,
      confidence: "confirmed",
      note: null,
      origin: "admin",
    });
    expect(await revision()).toBe(revisionBefore + 1);
  });

  it("refuses what the rules rule out, each under its field, and writes nothing", async () => {
    // The Monitor's first word of Lao PDR's contamination, for the "before it applies" rule.
    const applies = await recordObligationEvent(
      editor,
      made({
        state: "LAO",
        event: "applies",
        event_on: "2012-11-19",
        information_on: "2012-11-19",
        deadline: "",
        meeting: "",
      }),
    );
    expect(applies.ok).toBe(true);
    const before = await counts();
    const refusal = async (values: Record<string, string>) => {
      const result = await recordObligationEvent(editor, made(values));
      return result.ok ? null : result.fieldErrors;
    };

    expect(
      await refusal({
        state: "Lao People's Democratic Republic",
        event: "extension-requested",
        event_on: "2010-01",
        information_on: "2010-01",
      }),
    ).toEqual({
      event_on: ["extension-requested on 2010-01 is before the obligation applies (2012-11-19)"],
    });
    expect(
      await refusal({ event: "completed", event_on: "2009", deadline: "", meeting: "", information_on: "2009" }),
    ).toEqual({
      event_on: ["completion on 2009 is before the treaty entered into force for the state (2010-08-01)"],
    });
    // Germany's deadline is 1 Aug 2025 since the 2019 extension: a later "extension" to 2024 moves it backwards.
    expect(await refusal({ event_on: "2021-11", information_on: "2021-11", deadline: "2024-01-01" })).toEqual({
      deadline: ["2024-01-01 does not move the deadline forward: it was already 2025-08-01"],
    });
    // The United States has not joined the CCM.
    expect(await refusal({ state: "USA", event: "applies", deadline: "", meeting: "" })).toEqual({
      state: ["not a State Party: the action log has no instrument of consent for this state"],
    });
    // The Mine Ban Treaty allows no extension of the stockpile-destruction deadline (Art. 4).
    expect(
      await refusal({ treaty: "mbt", state: "UKR", kind: "stockpile_destruction", deadline: "2012-06-01" }),
    ).toEqual({ event: ["the treaty allows no extension of Art. 4"] });
    expect(await refusal({ event_on: "2999-01", information_on: "2999-01", deadline: "3005-01-01" })).toEqual({
      event_on: ["2999-01 is in the future"],
      information_on: ["2999-01 is in the future"],
    });
    expect(await refusal({ state: "Atlantis" })).toEqual({
      state: ['no state matches "Atlantis": type a name or ISO code and pick it from the list'],
    });
    // The same event on the same first day, however precisely dated, is the row already there.
    const duplicate = await recordObligationEvent(
      editor,
      made({ event_on: "2019-09-01", information_on: "2019-09-01" }),
    );
    const existing = /the extension granted of 2019-09 \(row \d+\)/.source;
    expect(duplicate).toEqual({
      ok: false,
      formError: expect.stringMatching(new RegExp(`^This event is already recorded for Germany: ${existing}\\.$`)),
      fieldErrors: { event: [expect.stringMatching(new RegExp(`^is already recorded on that date: ${existing}$`))] },
    });
    // A grant without its meeting: the form refuses it, and so does the write if called without the form.
    const noMeeting = obligationEventFieldsSchema.safeParse({
      ...GERMANY_GRANT,
      event_on: "2021",
      information_on: "2021",
      meeting: "",
    });
    expect(noMeeting.success ? null : noMeeting.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["meeting"], "is required: the meeting that granted it"],
    ]);
    const grant = made({ event_on: "2021", information_on: "2021", deadline: "2026-08-01" });
    const direct = await recordObligationEvent(editor, { ...grant, meeting: null });
    expect(direct.ok ? null : direct.fieldErrors).toEqual({ meeting: ["is required: the meeting that granted it"] });

    expect(await counts()).toEqual(before);
  });

  it("stores exactly one row when two editors record the same event at the same moment", async () => {
    const same = made({ state: "LAO", event: "extension-requested", event_on: "2019-02-26", information_on: "2019" });
    const results = await Promise.all([recordObligationEvent(editor, same), recordObligationEvent(editor, same)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused && !refused.ok && refused.formError).toMatch(/^This event is already recorded for Lao/);
    expect(
      await database().prisma.obligationEvent.count({ where: { stateIso3: "LAO", type: "extension_requested" } }),
    ).toBe(1);
  });
});

describe("deleting an obligation event", () => {
  it("deletes with a reason, keeps the row in the audit log, bumps the revision, and the snapshot follows", async () => {
    const row = await database().prisma.obligationEvent.findFirstOrThrow({
      where: { stateIso3: "DEU", type: "extension_granted" },
    });
    const revisionBefore = await revision();
    expect(obligationEventDeletionSchema.safeParse({ id: String(row.id), reason: "" }).success).toBe(false);

    const deleted = await deleteObligationEvent(editor, { id: row.id, reason: "Recorded against the wrong state" });
    if (!deleted.ok) throw new Error(JSON.stringify(deleted));
    expect(await database().prisma.obligationEvent.findUnique({ where: { id: row.id } })).toBeNull();
    expect(await clearanceEvents("DEU")).toEqual([]);
    expect(await revision()).toBe(revisionBefore + 1);
    const audit = await database().prisma.auditLogEntry.findUniqueOrThrow({ where: { id: deleted.value.auditId } });
    expect(audit).toMatchObject({
      userId: editor.id,
      action: "delete",
      entityType: "obligation_event",
      entityId: String(row.id),
      reason: "Recorded against the wrong state",
      stateIso3: "DEU",
      after: null,
    });
    expect(audit.before).toMatchObject({
      treaty: "ccm",
      state: "DEU",
      kind: "clearance",
      type: "extension_granted",
      eventOnFirst: "2019-09-01",
      eventOnPrecision: "month",
      deadline: "2025-08-01",
    });

    const again = await deleteObligationEvent(editor, { id: row.id, reason: "Twice" });
    expect(again.ok ? null : again.formError).toMatch(/^This obligation event was already deleted by Edith Editor/);
  });

  it("refuses a deletion that leaves the rest impossible (a re-opening without the completion before it)", async () => {
    const completed = await recordObligationEvent(
      editor,
      made({
        state: "MOZ",
        event: "completed",
        event_on: "2016-11",
        information_on: "2017",
        deadline: "",
        meeting: "",
      }),
    );
    const reopened = await recordObligationEvent(
      editor,
      made({
        state: "MOZ",
        event: "reopened",
        event_on: "2018-03",
        information_on: "2018-03",
        deadline: "",
        meeting: "",
      }),
    );
    if (!completed.ok || !reopened.ok) throw new Error("not recorded");
    const before = await counts();
    const refused = await deleteObligationEvent(editor, { id: completed.value.id, reason: "Test deletion" });
    expect(refused).toEqual({
      ok: false,
      formError: "Deleting this event would leave the state's obligation history impossible:",
      fieldErrors: {
        event: [`the reopened of 2018-03 (row ${reopened.value.id}): re-opened, but no completion comes before it`],
      },
    });
    expect(await counts()).toEqual(before);
    // In the other order both go.
    expect((await deleteObligationEvent(editor, { id: reopened.value.id, reason: "Test row" })).ok).toBe(true);
    expect((await deleteObligationEvent(editor, { id: completed.value.id, reason: "Test row" })).ok).toBe(true);
  });
});

/** Whether the shipped files hold an "applies" event (research may not have filled them yet). */
const shippedApplies = (() => {
  const folder = path.join(SEED_DATA_DIR, "obligations");
  if (!existsSync(folder)) return false;
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).some(
    (name) => name.endsWith(".csv") && /^[A-Z]{3},applies,/m.test(readFileSync(path.join(folder, name), "utf8")),
  );
})();

describe("the seed loader and the admin's changes", () => {
  // Deleting an "applies" event never leaves the rest impossible: no other rule needs it.
  it.runIf(shippedApplies)("does not bring back a seed event an admin deleted", async () => {
    const { prisma } = database();
    const row = await prisma.obligationEvent.findFirstOrThrow({
      where: { origin: "seed", type: "applies", stateIso3: { notIn: CLEARED } },
      orderBy: { id: "asc" },
    });
    const same = {
      treatyId: row.treatyId,
      stateIso3: row.stateIso3,
      kind: row.kind,
      type: row.type,
      eventOn: row.eventOn,
    };
    const deleted = await deleteObligationEvent(editor, { id: row.id, reason: "The source speaks of another state" });
    expect(deleted.ok).toBe(true);

    const report = await loadSeed(prisma, readSeed());
    expect(report.keptDeleted).toBeGreaterThanOrEqual(1);
    expect(await prisma.obligationEvent.count({ where: same })).toBe(0);
  });

  it("keeps the events an admin recorded when the files are loaded again", async () => {
    const admin = () =>
      database().prisma.obligationEvent.findMany({ where: { origin: "admin" }, orderBy: { id: "asc" } });
    const before = await admin();
    expect(before.map((row) => `${row.stateIso3} ${row.type}`)).toEqual(["LAO applies", "LAO extension_requested"]);
    await loadSeed(database().prisma, readSeed());
    expect(await admin()).toEqual(before);
    expect(
      (await clearanceEvents("LAO")).filter((event) => event.note === "Made up for the tests of the rules."),
    ).toHaveLength(2);
  });
});
