// A treaty's action log as a file, filtered by state, type and deposit dates.
import { z } from "zod";
import type { ActionLogFilter, LoggedAction } from "../data/action-log";
import type { IsoDate } from "../domain/dates";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { ACTION_TYPES } from "../domain/types";
import { dateParam, parseDownloadQuery, type ParsedQuery } from "../validations/download-query";
import type { DownloadFile } from "./file-response";

/** ?state=ISO3, ?type=<action type>, ?from=YYYY-MM-DD, ?to=YYYY-MM-DD (deposit dates, both included). */
export function parseActionLogFilter(
  search: URLSearchParams,
  stateIsos: readonly string[],
): ParsedQuery<ActionLogFilter> {
  const parsed = parseDownloadQuery(
    {
      state: z
        .string()
        .transform((code) => code.toUpperCase())
        .refine(
          (code) => stateIsos.includes(code),
          "must be the ISO 3166 alpha-3 code of a state tracked here, e.g. NIU",
        )
        .optional(),
      type: z.enum(ACTION_TYPES, { message: `must be one of: ${ACTION_TYPES.join(", ")}` }).optional(),
      from: dateParam.optional(),
      to: dateParam.optional(),
    },
    search,
  );
  if (parsed.ok && parsed.query.from && parsed.query.to && parsed.query.to < parsed.query.from)
    return { ok: false, error: { parameter: "to", message: `must not be before from (${parsed.query.from})` } };
  return parsed;
}

export function actionLogFile(
  snapshot: TreatySnapshot,
  filter: ActionLogFilter,
  actions: LoggedAction[],
  today: IsoDate,
): DownloadFile {
  const { state, type, from, to } = filter;
  return {
    name: [snapshot.slug, "actions", state, type, from, "to", to ?? today].filter(Boolean).join("-"),
    json: () => ({
      treaty: snapshot.slug,
      filters: { state: state ?? null, type: type ?? null, from: from ?? null, to: to ?? null },
      source: snapshot.depositaryUrl,
      checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
      count: actions.length,
      actions,
    }),
    csv: () => ({
      columns: [
        "iso3",
        "name",
        "short_name",
        "type",
        "deposited_on",
        "effective_on",
        "effect_deferred",
        "source",
        "confidence",
        "note",
        "depositary_checked_on",
      ],
      rows: actions.map((a) => ({
        iso3: a.iso3,
        name: a.name,
        short_name: a.shortName,
        type: a.type,
        deposited_on: a.depositedOn,
        effective_on: a.effectiveOn,
        effect_deferred: a.effectDeferred,
        source: a.source,
        confidence: a.confidence,
        note: a.note,
        depositary_checked_on: snapshot.depositaryCheckedOn,
      })),
    }),
  };
}
