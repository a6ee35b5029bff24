// Shapes every part of the JSON API shares. Each response shape is a zod schema:
// the handlers' output is typed with its z.infer and the OpenAPI document
// (lib/api/openapi.ts) is generated from it, so the two cannot drift apart.
// `.meta({ id })` makes a schema a named component of that document.
import { z } from "zod";
import { ISO_DATE } from "../../domain/dates";
import { COUNTING_RULES } from "../../domain/status";

/** A calendar day in a response, YYYY-MM-DD; each field says which. */
export const isoDate = z.string().regex(ISO_DATE).meta({ format: "date", example: "2020-08-06" });

export const count = z.int().nonnegative();

export const counting = z.enum(COUNTING_RULES).meta({
  id: "Counting",
  description:
    "The counting rule the numbers use: `deposit`, a State Party from the deposit of its instrument (the campaigns' usage); `in-force`, from the treaty's entry into force for it.",
  example: "deposit",
});

export const checkedAgainstDepositaryOn = isoDate.meta({
  description:
    "The date of the UN depositary status page the treaty's data was last checked against: events after it may not be recorded yet.",
  example: "2026-02-03",
});

export const statusCounts = z
  .object({
    statesParties: count.meta({ description: "States Parties (under the answer's counting rule)." }),
    signatories: count.meta({ description: "States that signed and are not (yet) parties." }),
    notParty: count.meta({ description: "States neither party nor signatory, withdrawn states included." }),
    withdrawn: count.meta({ description: "States whose withdrawal has taken effect (also counted in notParty)." }),
    total: count.meta({ description: "All states counted: statesParties + signatories + notParty." }),
  })
  .meta({
    id: "StatusCounts",
    description: "How many states are in each status on the answer's date.",
    example: { statesParties: 109, signatories: 13, notParty: 75, withdrawn: 0, total: 197 },
  });

/** A treaty named in an answer about several (regions, actions), with the date its data was checked against. */
export const treatyRef = z
  .object({
    treaty: z.string().meta({ description: "The treaty's slug.", example: "ccm" }),
    shortName: z.string().meta({ description: "The name pages use.", example: "Convention on Cluster Munitions" }),
    checkedAgainstDepositaryOn,
  })
  .meta({ id: "TreatyRef", description: "A treaty the answer covers." });

export const apiError = z
  .object({
    error: z
      .object({
        parameter: z.string().meta({ description: "The parameter that was refused.", example: "asOf" }),
        message: z.string().meta({
          description: "What was wrong, starting with the parameter's name.",
          example: "asOf must be a date written YYYY-MM-DD, e.g. 2020-08-06",
        }),
      })
      .meta({ description: "The refusal." }),
  })
  .meta({ id: "Error", description: "Why a request was refused (400) or named nothing known (404)." });
