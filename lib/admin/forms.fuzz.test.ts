// Hostile values in the admin's forms, through the same schema and write the
// server action uses (after its authorize() check): never a crash, a refusal
// names a field of the form and writes nothing, and text that is stored is
// shown as text on the public page.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ObligationSection } from "@/components/states/obligation-section";
import type { Actor } from "@/lib/auth/sessions";
import { withSeededDatabase } from "@/lib/data/seeded-database.test-support";
import { getTreatySnapshot } from "@/lib/data/treaty-snapshots";
import { obligationStanding } from "@/lib/domain/obligation-standing";
import { fieldErrorsOf, actionFieldsSchema } from "@/lib/validations/treaty-action";
import { obligationEventFieldsSchema } from "@/lib/validations/obligation-event-form";
import { dateLike, hostile, RUNS } from "@/fuzz/hostile";
import { controlCharacterErrors } from "@/lib/actions/form-state";
import { recordAction } from "./record-action";
import { recordObligationEvent } from "./record-obligation-event";
import { createUser } from "./users";

const database = withSeededDatabase();
let editor: Actor;

beforeAll(async () => {
  const created = await createUser(null, {
    email: "fuzz@test.example",
    name: "Fuzz Editor",
    password: "a long enough passphrase",
    role: "editor",
  });
  if (!created.ok) throw new Error("no editor");
  editor = { id: created.value.id, email: "fuzz@test.example", name: "Fuzz Editor", role: "editor" };
});

async function rowCounts() {
  const { prisma } = database();
  return {
    actions: await prisma.treatyAction.count(),
    events: await prisma.obligationEvent.count(),
    audit: await prisma.auditLogEntry.count(),
  };
}

/** The fields as a server action receives them, and the field errors it answers before its schema. */
function posted(form: Record<string, string>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(form)) formData.set(key, value);
  return controlCharacterErrors(formData);
}

/** A form with some fields replaced by hostile values (the rest plausible). */
function formWith(base: Record<string, string>) {
  return fc
    .dictionary(fc.constantFrom(...Object.keys(base)), fc.oneof(hostile(), dateLike()), { minKeys: 1, maxKeys: 4 })
    .map((spoiled) => ({ ...base, ...spoiled }));
}

const OBLIGATION_FORM = {
  treaty: "mine-ban-treaty",
  state: "Iceland (ISL)",
  kind: "clearance",
  event: "applies",
  event_on: "2020-01-01",
  deadline: "",
  meeting: "",
  information_on: "2020-01-01",
  source: "https://example.org/fuzz",
  confidence: "confirmed",
  note: "",
};

describe("the obligation event form", () => {
  it("refuses hostile values field by field and writes nothing; never throws", async () => {
    await fc.assert(
      fc.asyncProperty(formWith(OBLIGATION_FORM), async (form) => {
        const before = await rowCounts();
        // As the server action does: control characters first, then the schema, then the write.
        const unprintable = posted(form);
        const parsed = obligationEventFieldsSchema.safeParse(form);
        const result = !unprintable && parsed.success ? await recordObligationEvent(editor, parsed.data) : null;
        // Saved: removed again so the next case starts from the same history.
        if (result?.ok) await database().prisma.obligationEvent.delete({ where: { id: result.value.id } });
        const fields = unprintable
          ? Object.keys(unprintable)
          : !parsed.success
            ? Object.keys(fieldErrorsOf(parsed.error))
            : result && !result.ok
              ? Object.keys(result.fieldErrors)
              : [];
        expect(fields.filter((field) => !(field in OBLIGATION_FORM))).toEqual([]);
        // A refusal writes nothing at all; a save (removed again above) leaves only its audit row.
        const after = await rowCounts();
        expect({ ...after, audit: after.audit - (result?.ok ? 1 : 0) }).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses a NUL or other control character in any field, naming it (PostgreSQL refuses NUL in text)", () => {
    for (const field of Object.keys(OBLIGATION_FORM))
      expect(posted({ ...OBLIGATION_FORM, [field]: "ccm\u0000" })).toEqual({
        [field]: ["must not contain control characters"],
      });
    expect(posted({ ...OBLIGATION_FORM, note: "two lines\r\nand a\ttab" })).toBeNull();
  });

  it("shows a stored note with markup as text", async () => {
    const note = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const parsed = obligationEventFieldsSchema.parse({ ...OBLIGATION_FORM, note });
    const result = await recordObligationEvent(editor, parsed);
    expect(result.ok).toBe(true);
    const snapshot = await getTreatySnapshot("mine-ban-treaty");
    const rule = snapshot?.obligations.rules.find((r) => r.kind === "clearance");
    if (!snapshot || !rule) throw new Error("no clearance rule");
    const events = snapshot.obligations.events.clearance.get("ISL") ?? [];
    expect(events.map((e) => e.note)).toContain(note);
    const html = renderToStaticMarkup(
      ObligationSection({
        standing: obligationStanding(rule, events, snapshot.timelines.get("ISL"), "2026-01-01"),
        stateName: "Iceland",
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
});

const ACTION_FORM = {
  treaty: "ccm",
  state: "United States (USA)",
  type: "accession",
  depositedOn: "2021-01-05",
  effectiveOn: "",
  source: "https://example.org/fuzz",
  confidence: "confirmed",
  note: "",
};

describe("the action form", () => {
  it("refuses hostile values field by field and writes nothing; never throws", async () => {
    await fc.assert(
      fc.asyncProperty(formWith(ACTION_FORM), async (form) => {
        const before = await rowCounts();
        const unprintable = posted(form);
        const parsed = actionFieldsSchema.safeParse(form);
        const result = !unprintable && parsed.success ? await recordAction(editor, parsed.data) : null;
        if (result?.ok) await database().prisma.treatyAction.delete({ where: { id: result.value.id } });
        const fields = unprintable
          ? Object.keys(unprintable)
          : !parsed.success
            ? Object.keys(fieldErrorsOf(parsed.error))
            : [];
        expect(fields.filter((field) => !(field in ACTION_FORM) && field !== "effectDeferred")).toEqual([]);
        // A refusal writes nothing at all; a save (removed again above) leaves only its audit row.
        const after = await rowCounts();
        expect({ ...after, audit: after.audit - (result?.ok ? 1 : 0) }).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });
});
