// The shape of GET /api/v1/treaties/{slug}/status. Later checks and third
// parties read it: change it only with a new API version.
import type { IsoDate } from "../domain/dates";
import { countsFromSeries } from "../domain/series";
import { statusOn, type Counting, type StateStatus, type StatusCounts } from "../domain/status";
import { signedOnBy } from "../domain/timeline";
import type { ConsentType } from "../domain/types";
import type { TreatySnapshot } from "../data/treaty-snapshot";

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

export type StatusResponse = {
  treaty: string;
  asOf: IsoDate;
  counting: Counting;
  counts: StatusCounts;
  states: StateStatusEntry[];
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

export function buildStatusResponse(snapshot: TreatySnapshot, asOf: IsoDate, counting: Counting): StatusResponse {
  return {
    treaty: snapshot.slug,
    asOf,
    counting,
    counts: countsFromSeries(snapshot.series[counting], asOf, snapshot.stateIsos.length),
    states: stateStatusEntries(snapshot, asOf, counting),
  };
}
