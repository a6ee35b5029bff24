// GET /api/v1/treaties/{slug}/status: the shape published since the first
// version. Later checks and third parties read it: change it only with a new API version.
import { z } from "zod";
import { STATE_STATUSES } from "../../domain/status";
import { CONSENT_TYPES } from "../../domain/types";
import { checkedAgainstDepositaryOn, counting, isoDate, statusCounts } from "./common";

export const stateStatus = z.enum(STATE_STATUSES).meta({
  id: "StateStatus",
  description:
    "`party`, `signatory`, `not-party` or `withdrawn` (a withdrawal that has taken effect). Under `in-force` counting a state whose instrument is deposited but not yet in force is a `signatory` (or `not-party` if it never signed).",
  example: "party",
});

export const consentType = z.enum(CONSENT_TYPES).meta({
  id: "ConsentType",
  description: "How the state consented to be bound.",
  example: "accession",
});

export const annotation = z
  .object({
    type: z.enum(["suspension", "provisional-application"]).meta({ description: "What was notified." }),
    date: isoDate.meta({ description: "The day of the notice." }),
    note: z.string().nullable().meta({ description: "What the source adds, if anything." }),
    source: z.string().meta({ description: "Where the fact comes from (a URL or a reference)." }),
  })
  .meta({
    id: "Annotation",
    description: "A suspension notice or a provisional application: noted, but it changes no status.",
  });

export const stateStatusEntry = z
  .object({
    iso3: z.string().meta({ description: "The state's ISO 3166-1 alpha-3 code.", example: "NIU" }),
    name: z.string().meta({ description: "The state's name in the depositary record.", example: "Niue" }),
    status: stateStatus,
    withdrawalPending: z
      .boolean()
      .meta({ description: "A party that has given notice of withdrawal, not yet effective." }),
    signedOn: isoDate.nullable().meta({ description: "Its signature, if known on asOf." }),
    consentOn: isoDate.nullable().meta({ description: "The deposit of its instrument of consent." }),
    consentType: consentType.nullable().meta({ description: "How it consented, if it has." }),
    entryIntoForceOn: isoDate.nullable().meta({ description: "The treaty's entry into force for the state." }),
    withdrawalNoticeOn: isoDate.nullable().meta({ description: "Its notice of withdrawal, if known on asOf." }),
    withdrawalEffectiveOn: isoDate.nullable().meta({ description: "When that withdrawal takes (or took) effect." }),
    annotations: z.array(annotation).meta({ description: "Notices known on asOf that change no status." }),
  })
  .meta({ id: "StateStatusEntry", description: "One state's status in a treaty on asOf: only what was known then." });

export const treatyStatus = z
  .object({
    treaty: z
      .string()
      .meta({ description: "The canonical slug (an alias in the URL resolves to it).", example: "ccm" }),
    asOf: isoDate.meta({ description: "The day the statuses are for." }),
    counting,
    checkedAgainstDepositaryOn,
    counts: statusCounts,
    states: z.array(stateStatusEntry).meta({ description: "Every state, ordered by short name." }),
  })
  .meta({ id: "TreatyStatus", description: "Every state's status in a treaty on a date, and the counts." });

export type TreatyStatus = z.infer<typeof treatyStatus>;
