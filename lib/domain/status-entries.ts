// One row per state of a treaty on a date: the per-state facts the treaty page,
// its downloads and the status API all show. The API wraps these rows in its
// versioned response (lib/api/status-response.ts); pages use them directly.
import type { IsoDate } from "./dates";
import { statusOn, type Counting, type StateStatus } from "./status";
import { signedOnBy } from "./timeline";
import type { TreatySnapshot } from "./treaty-snapshot";
import type { ConsentType } from "./types";

export type StatusAnnotation = {
  type: "suspension" | "provisional-application";
  date: IsoDate;
  note: string | null;
  source: string;
};

export type StateStatusEntry = {
  iso3: string;
  name: string;
  status: StateStatus;
  withdrawalPending: boolean;
  signedOn: IsoDate | null;
  consentOn: IsoDate | null;
  consentType: ConsentType | null;
  entryIntoForceOn: IsoDate | null;
  withdrawalNoticeOn: IsoDate | null;
  withdrawalEffectiveOn: IsoDate | null;
  annotations: StatusAnnotation[];
};

/** Everything known on `asOf`: later signatures, deposits and notices are not yet visible. */
export function stateStatusEntries(snapshot: TreatySnapshot, asOf: IsoDate, counting: Counting): StateStatusEntry[] {
  return snapshot.states.map((state) => {
    const timeline = snapshot.timelines.get(state.iso3);
    const { status, withdrawalPending, participation } = statusOn(timeline, asOf, counting);
    const notice = participation?.withdrawalNoticeOn && participation.withdrawalNoticeOn <= asOf ? participation : null;
    return {
      iso3: state.iso3,
      name: state.name,
      status,
      withdrawalPending,
      signedOn: signedOnBy(timeline, asOf),
      consentOn: participation?.consentOn ?? null,
      consentType: participation?.consentType ?? null,
      entryIntoForceOn: participation?.entryIntoForceOn ?? null,
      withdrawalNoticeOn: notice?.withdrawalNoticeOn ?? null,
      withdrawalEffectiveOn: notice?.withdrawalEffectiveOn ?? null,
      annotations: (timeline?.annotations ?? [])
        .filter((a) => a.on <= asOf)
        .map((a) => ({
          type: a.type === "provisional_application" ? "provisional-application" : "suspension",
          date: a.on,
          note: a.note,
          source: a.source,
        })),
    };
  });
}
