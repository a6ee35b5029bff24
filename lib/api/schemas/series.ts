// GET /api/v1/treaties/{slug}/series: the counts over a treaty's whole history.
import { z } from "zod";
import { checkedAgainstDepositaryOn, counting, isoDate, statusCounts } from "./common";

export const seriesPoint = statusCounts
  .extend({ date: isoDate.meta({ description: "The day the counts changed to these." }) })
  .meta({
    id: "SeriesPoint",
    description: "The counts from this day until the next point.",
    example: { date: "2020-08-06", statesParties: 109, signatories: 13, notParty: 75, withdrawn: 0, total: 197 },
  });

export const treatySeries = z
  .object({
    treaty: z.string().meta({ description: "The canonical slug.", example: "ccm" }),
    counting,
    checkedAgainstDepositaryOn,
    points: z.array(seriesPoint).meta({
      description:
        "One point per day on which a count changed, oldest first; before the first, nobody had acted. Points after today are changes already notified (an entry into force, a withdrawal taking effect).",
    }),
  })
  .meta({ id: "TreatySeries", description: "A treaty's history as counts, under one counting rule." });

export type TreatySeries = z.infer<typeof treatySeries>;
