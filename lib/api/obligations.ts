// GET /api/v1/treaties/{slug}/obligations?asOf=: where a treaty's
// stockpile-destruction and clearance obligations stood on a date, over its
// States Parties in force, each from sourced events; and the shape a state's
// obligation takes in the API (also the downloads' JSON).
import type { IsoDate } from "../domain/dates";
import type { ObligationEvent, SourcedObligation } from "../domain/obligation-events";
import type { ObligationStanding } from "../domain/obligation-standing";
import { obligationSummary, standingsOn } from "../domain/obligation-summary";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { findTreaty, resolveAsOf, treatyOpening } from "./lookups";
import { obligationsQuery } from "./params";
import { parseQuery } from "./query";
import { success, type ApiResult } from "./result";
import type { TreatyObligations } from "./schemas/obligations";
import type { StateHistory } from "./schemas/states";

type Obligation = StateHistory["treaties"][number]["obligations"][number];

/** The domain's kinds as the API writes them: kebab-case. */
export const apiObligationKind = (kind: SourcedObligation) =>
  kind === "stockpile_destruction" ? ("stockpile-destruction" as const) : ("clearance" as const);

const extension = (event: ObligationEvent) => ({
  date: event.on.text,
  deadline: event.deadline,
  meeting: event.meeting,
  source: event.source,
  confidence: event.confidence,
});

export function apiObligation(standing: ObligationStanding): Obligation {
  return {
    kind: apiObligationKind(standing.kind),
    article: standing.article,
    status: standing.status,
    originalDeadline: standing.originalDeadline,
    deadline: standing.deadline,
    extensions: standing.extensions.map(extension),
    pendingRequest: standing.pendingRequest ? extension(standing.pendingRequest) : null,
    completedOn: standing.completed?.on.text ?? null,
    informationOn: standing.informationOn?.text ?? null,
    events: standing.events.map((event) => ({
      type: event.type,
      date: event.on.text,
      datePrecision: event.on.precision,
      deadline: event.deadline,
      meeting: event.meeting,
      informationOn: event.informationOn.text,
      source: event.source,
      confidence: event.confidence,
      note: event.note,
    })),
  };
}

/** The event behind the standing's newest information (the later event when two are as new). */
export function newestEvent(standing: ObligationStanding): ObligationEvent | null {
  let newest: ObligationEvent | null = null;
  for (const event of standing.events)
    if (!newest || event.informationOn.last >= newest.informationOn.last) newest = event;
  return newest;
}

/** Every obligation of the treaty on asOf: the summary, the completions up to asOf and each State Party's standing. */
export function treatyObligations(snapshot: TreatySnapshot, asOf: IsoDate): TreatyObligations {
  const { obligations: book, timelines } = snapshot;
  const stateOf = (iso3: string) => ({ iso3, name: snapshot.stateByIso.get(iso3)?.name ?? iso3 });
  return {
    treaty: snapshot.slug,
    asOf,
    counting: "in-force",
    checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
    obligations: book.rules.map((rule) => {
      const summary = obligationSummary(book, rule, timelines, asOf);
      const standings = standingsOn(book, rule, timelines, asOf);
      return {
        kind: apiObligationKind(rule.kind),
        article: rule.article,
        statesParties: summary.statesParties,
        completed: summary.completed,
        inProgress: summary.inProgress,
        overdue: summary.overdue.map(stateOf),
        unresolved: summary.unresolved.map(stateOf),
        notKnown: summary.notKnown,
        informationOn: summary.informationOn?.text ?? null,
        series: (book.series[rule.kind] ?? []).filter((point) => point.date <= asOf),
        // snapshot.states is ordered by short name, as every list of states is.
        states: snapshot.states.flatMap(({ iso3, name }) => {
          const standing = standings.get(iso3);
          if (!standing) return [];
          return [
            {
              iso3,
              name,
              status: standing.status,
              originalDeadline: standing.originalDeadline,
              deadline: standing.deadline,
              completedOn: standing.completed?.on.text ?? null,
              informationOn: standing.informationOn?.text ?? null,
              source: newestEvent(standing)?.source ?? null,
              links: { state: `/api/v1/states/${iso3}`, page: `/states/${iso3}` },
            },
          ];
        }),
      };
    }),
  };
}

export async function obligationsAnswer(slug: string, search: URLSearchParams): Promise<ApiResult<TreatyObligations>> {
  const treaty = await findTreaty(slug);
  if (!treaty.ok) return treaty;
  const query = parseQuery(obligationsQuery, search);
  if (!query.ok) return query;
  const asOf = await resolveAsOf(query.data.asOf, treatyOpening(treaty.value));
  if (!asOf.ok) return asOf;
  return success(treatyObligations(treaty.value, asOf.value));
}
