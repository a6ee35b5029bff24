// GET /api/v1/actions: the log every number is computed from, a page at a time.
import { z } from "zod";
import { ACTION_TYPES, type ActionType } from "../../domain/types";
import { isoDate, treatyRef } from "./common";

/** The log's action types as the API writes them: kebab-case, like every other value it shows. */
export const API_ACTION_TYPES = ACTION_TYPES.map((type) => type.replaceAll("_", "-")) as ApiActionType[];
export type ApiActionType = "provisional-application" | Exclude<ActionType, "provisional_application">;

export function apiActionType(type: ActionType): ApiActionType {
  return type === "provisional_application" ? "provisional-application" : type;
}

export function dbActionType(type: ApiActionType): ActionType {
  return type === "provisional-application" ? "provisional_application" : type;
}

export const actionType = z.enum(API_ACTION_TYPES).meta({
  id: "ActionType",
  description:
    "`signature`; a consent (`ratification`, `acceptance`, `approval`, `accession`, `succession`); `withdrawal`; or an annotation that changes no status (`suspension`, `provisional-application`).",
  example: "accession",
});

export const confidence = z.enum(["confirmed", "unconfirmed"]).meta({
  id: "Confidence",
  description: "`unconfirmed` while the source is not the depositary's own record.",
});

const actionFacts = {
  type: actionType,
  depositedOn: isoDate.meta({ description: "The day the instrument or notice was deposited." }),
  effectiveOn: isoDate.nullable().meta({
    description: "A date the source gives that overrides the computed one (a succession from independence ...).",
  }),
  effectDeferred: z.boolean().meta({ description: "The source says the effect is postponed to an unknown date." }),
  source: z.string().meta({ description: "Where the fact comes from (a URL or a reference)." }),
  confidence,
  note: z.string().nullable().meta({ description: "What the source adds, if anything." }),
};

/** An action as a state's history lists it (the treaty is the enclosing one; a deferred effect shows in its participations). */
const { effectDeferred: _deferred, ...stateActionFacts } = actionFacts;
export const stateAction = z.object(stateActionFacts).meta({ id: "StateAction", description: "One entry of the log." });

export const action = z
  .object({
    id: z.int().positive().meta({ description: "The row's id: with depositedOn, the order of the list." }),
    treaty: z.string().meta({ description: "The treaty's slug.", example: "ccm" }),
    state: z.string().meta({ description: "ISO3 code.", example: "NIU" }),
    stateName: z.string().meta({ description: "The state's name in the depositary record.", example: "Niue" }),
    ...actionFacts,
  })
  .meta({ id: "Action", description: "One entry of a treaty's log of actions." });

export const actionPage = z
  .object({
    filters: z
      .object({
        treaty: z.string().nullable().meta({ description: "The canonical slug of the treaty asked for." }),
        state: z.string().nullable().meta({ description: "The ISO3 code asked for." }),
        type: z.array(actionType).nullable().meta({ description: "The types asked for." }),
        from: isoDate.nullable().meta({ description: "The first deposit date asked for." }),
        to: isoDate.nullable().meta({ description: "The last deposit date asked for." }),
      })
      .meta({ description: "The filters applied; null where none was given." }),
    limit: z.int().positive().meta({ description: "The most actions a page holds." }),
    next: z.string().nullable().meta({
      description: "Pass as `cursor` (with the same filters) for the next page; null on the last page.",
    }),
    treaties: z
      .array(treatyRef)
      .meta({ description: "The treaties the filters cover, with their checked-as-at dates." }),
    actions: z.array(action).meta({ description: "Ordered by deposit date, then id." }),
  })
  .meta({ id: "ActionPage", description: "A page of the action log." });

export type ActionPage = z.infer<typeof actionPage>;
