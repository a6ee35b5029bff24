// The request parameters of the JSON API: one zod schema per parameter, the
// same that validates a request (lib/api/query.ts) and documents it in the
// OpenAPI document. A refused value answers 400 naming the parameter, with the
// schema's message after it ("asOf must be a date written YYYY-MM-DD ...").
import { z } from "zod";
import { MAX_YEARS_AHEAD } from "../domain/date-bounds";
import { isIsoDate } from "../domain/dates";
import { COUNTING_RULES } from "../domain/status";
import { API_ACTION_TYPES } from "./schemas/actions";

const DATE_MESSAGE = "must be a date written YYYY-MM-DD, e.g. 2020-08-06";
const date = (description: string, example: string) =>
  z.string().trim().refine(isIsoDate, DATE_MESSAGE).meta({ description, example, format: "date" });

export const MAX_LIMIT = 500;
const LIMIT_MESSAGE = `must be a whole number from 1 to ${MAX_LIMIT}`;

export const treatySlugParam = z.string().meta({
  description:
    "A treaty's slug (`mine-ban-treaty`, `ccm`, any an admin adds) or an alias (`mbt`, `cluster-munitions` ...).",
  example: "ccm",
});

export const iso3Param = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, "must be a state's three-letter ISO 3166-1 code, e.g. NIU")
  .transform((code) => code.toUpperCase())
  .meta({ description: "A state's ISO 3166-1 alpha-3 code (any case).", example: "NIU" });

export const groupingParam = z.string().meta({
  description:
    "A grouping's slug (`un-regional-group`, `un-m49-region`, `campaign` ...; `/api/v1/regions` lists them).",
  example: "campaign",
});

const asOf = date(
  `The day to answer for (default: today). Not before the treaty opened for signature, nor more than ${MAX_YEARS_AHEAD} years ahead.`,
  "2020-08-06",
).optional();

const countingParam = z
  .enum(COUNTING_RULES, { message: `must be one of: ${COUNTING_RULES.join(", ")}` })
  .default("deposit")
  .meta({
    description:
      "`deposit`: a State Party from the deposit of its instrument (the campaigns' usage, default); `in-force`: from the treaty's entry into force for it.",
    example: "in-force",
  });

export const treatyPath = z.object({ slug: treatySlugParam });
export const statePath = z.object({ iso3: iso3Param });
export const groupingPath = z.object({ grouping: groupingParam });

export const noQuery = z.object({});
export const asOfQuery = z.object({
  asOf: date("The day the targets' progress is measured on (default: today).", "2020-11-25").optional(),
});
export const statusQuery = z.object({ asOf, counting: countingParam });
export const countingQuery = z.object({ counting: countingParam });
export const obligationsQuery = z.object({
  asOf: date(
    `The day the obligations are given for, only what was known then (default: today). Not before the treaty opened for signature, nor more than ${MAX_YEARS_AHEAD} years ahead.`,
    "2020-08-06",
  ).optional(),
});

export const regionQuery = z.object({
  asOf,
  counting: countingParam,
  treaty: treatySlugParam
    .meta({ description: "Only this treaty (a slug or an alias); default: every treaty.", example: "ccm" })
    .optional(),
});

export const actionsQuery = z.object({
  treaty: treatySlugParam.meta({ description: "Only this treaty's actions (a slug or an alias)." }).optional(),
  state: iso3Param.meta({ description: "Only this state's actions (ISO3 code).", example: "NIU" }).optional(),
  type: z
    .string()
    .transform((list) => list.split(",").map((type) => type.trim()))
    .pipe(z.array(z.enum(API_ACTION_TYPES, { message: `must list types among: ${API_ACTION_TYPES.join(", ")}` })))
    .meta({
      description: "Only actions of these types, separated by commas (`ratification,accession`).",
      example: "accession",
    })
    .optional(),
  from: date("Only actions deposited on or after this day.", "2020-01-01").optional(),
  to: date("Only actions deposited on or before this day.", "2020-12-31").optional(),
  cursor: z
    .string()
    .meta({ description: "The `next` value of the previous page; absent for the first page." })
    .optional(),
  limit: z.coerce
    .number({ message: LIMIT_MESSAGE })
    .int(LIMIT_MESSAGE)
    .min(1, LIMIT_MESSAGE)
    .max(MAX_LIMIT, LIMIT_MESSAGE)
    .default(100)
    .meta({ description: `How many actions a page holds (at most ${MAX_LIMIT}).`, example: 20 }),
});
