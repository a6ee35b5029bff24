import type { Metadata } from "next";
import { TreatyFormClient } from "@/components/admin/treaty-form-client";
import { requirePageActor } from "@/lib/auth/guard";
import { todayIso } from "@/lib/domain/dates";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New treaty" };

export default async function NewTreatyPage() {
  await requirePageActor("admin", "/admin/treaties/new");
  const today = todayIso();
  return (
    <>
      <h1>New treaty</h1>
      <p className="lede">
        Everything the tracker needs to read a treaty&apos;s action log, from the treaty&apos;s own text: when it opened
        and entered into force, when it enters into force for a state that joins later, how long a withdrawal takes, and
        the deadlines its States Parties must meet. Record its actions afterwards, each with its source.
      </p>
      <TreatyFormClient
        creating
        today={today}
        initial={{ depositaryCheckedOn: today, withdrawalNoticeMonths: "", laterJoinerRule: "" }}
      />
    </>
  );
}
