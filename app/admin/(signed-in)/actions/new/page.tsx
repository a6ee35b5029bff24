import type { Metadata } from "next";
import { ActionFormClient } from "@/components/admin/action-form-client";
import { requirePageActor } from "@/lib/auth/guard";
import { statePickerOptions, treatiesForAdmin } from "@/lib/data/admin-options";
import { todayIso } from "@/lib/domain/dates";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Record an action" };

export default async function RecordActionPage() {
  await requirePageActor("editor", "/admin/actions/new");
  const [treaties, states] = await Promise.all([treatiesForAdmin(), statePickerOptions()]);
  return (
    <>
      <h1>Record an action</h1>
      <p className="lede">
        One entry of the depositary record: what the state deposited, on which day, and the source that says so. The
        preview shows what saving would change before anything is saved.
      </p>
      <ActionFormClient
        formId="record"
        initial={{ confidence: "confirmed" }}
        today={todayIso()}
        choices={{ treaties: treaties.map(({ slug, shortName }) => ({ slug, shortName })), states }}
      />
    </>
  );
}
