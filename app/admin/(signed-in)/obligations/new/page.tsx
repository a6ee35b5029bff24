import type { Metadata } from "next";
import { ObligationEventFormClient } from "@/components/admin/obligation-event-form-client";
import { requirePageActor } from "@/lib/auth/guard";
import { statePickerOptions, treatiesForAdmin } from "@/lib/data/admin-options";
import { parseActionFilters, type QueryParams } from "@/lib/validations/admin-filters";

// Reads the session: rendered per request, sent as private, no-store (app/admin/layout.tsx).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Record an obligation event" };

export default async function RecordObligationEventPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  await requirePageActor("editor", "/admin/obligations/new");
  // From the list's link: the treaty and state it was filtered by.
  const { treaty, state } = parseActionFilters(await searchParams);
  const [treaties, states] = await Promise.all([treatiesForAdmin(), statePickerOptions()]);
  const known = treaties.find((t) => t.slug === treaty);
  const named = state ? states.find((s) => s.iso3 === state.toUpperCase() || s.label === state) : undefined;
  return (
    <>
      <h1>Record an obligation event</h1>
      <p className="lede">
        One thing a source says about a State Party&apos;s stockpile-destruction or clearance obligation: that it
        applies, an extension requested or granted, completion declared, the obligation re-opened, a deadline missed. It
        is checked against the state&apos;s history (entry into force, deadlines, earlier events) before it is saved.
      </p>
      <ObligationEventFormClient
        formId="record-obligation"
        initial={{ treaty: known?.slug ?? "", state: named?.label ?? state ?? "", confidence: "confirmed" }}
        choices={{ treaties: treaties.map(({ slug, shortName }) => ({ slug, shortName })), states }}
      />
    </>
  );
}
