// Every endpoint of the JSON API: its path, the zod schemas of its parameters
// (the ones that validate requests, lib/api/params.ts) and of its answer, and a
// real example request. The OpenAPI document and the /api page are built from it.
import type { z } from "zod";
import {
  actionsQuery,
  asOfQuery,
  countingQuery,
  groupingPath,
  noQuery,
  obligationsQuery,
  regionQuery,
  statePath,
  statusQuery,
  treatyPath,
} from "./params";
import { actionPage } from "./schemas/actions";
import { treatyObligations } from "./schemas/obligations";
import { groupingList, regionBreakdown } from "./schemas/regions";
import { treatySeries } from "./schemas/series";
import { stateHistory, stateList } from "./schemas/states";
import { treatyStatus } from "./schemas/status";
import { treatyDetail, treatyList } from "./schemas/treaty";

export type Endpoint = {
  operationId: string;
  /** OpenAPI path template, e.g. /api/v1/treaties/{slug}. */
  path: string;
  summary: string;
  description: string;
  pathParams?: z.ZodObject;
  query: z.ZodObject;
  /** A schema named with `.meta({ id })`. */
  response: z.ZodType;
  /** The client errors it can answer besides 304: 400 (a refused parameter), 404 (an unknown path segment). */
  errors: (400 | 404)[];
  /** A request with real values, path and query. */
  example: string;
};

export const ENDPOINTS: Endpoint[] = [
  {
    operationId: "listTreaties",
    path: "/api/v1/treaties",
    summary: "Every treaty tracked here",
    description: "Each treaty's names, depositary record, checked-as-at date and rules, in order of opening.",
    query: noQuery,
    response: treatyList,
    errors: [],
    example: "/api/v1/treaties",
  },
  {
    operationId: "getTreaty",
    path: "/api/v1/treaties/{slug}",
    summary: "One treaty, with its targets' progress",
    description: "The treaty's facts and rules, and each of its targets with its progress on asOf.",
    pathParams: treatyPath,
    query: asOfQuery,
    response: treatyDetail,
    errors: [400, 404],
    example: "/api/v1/treaties/ccm?asOf=2020-11-25",
  },
  {
    operationId: "getTreatyStatus",
    path: "/api/v1/treaties/{slug}/status",
    summary: "Every state's status in a treaty on a date",
    description: "Each state's status on asOf, only what was known then, and the counts, under one counting rule.",
    pathParams: treatyPath,
    query: statusQuery,
    response: treatyStatus,
    errors: [400, 404],
    example: "/api/v1/treaties/ccm/status?asOf=2020-08-06",
  },
  {
    operationId: "getTreatySeries",
    path: "/api/v1/treaties/{slug}/series",
    summary: "A treaty's counts over its whole history",
    description: "One point per day on which a count changed, under one counting rule.",
    pathParams: treatyPath,
    query: countingQuery,
    response: treatySeries,
    errors: [400, 404],
    example: "/api/v1/treaties/mbt/series?counting=in-force",
  },
  {
    operationId: "getTreatyObligations",
    path: "/api/v1/treaties/{slug}/obligations",
    summary: "Stockpile destruction and clearance across a treaty on a date",
    description:
      "For each obligation (by article): how many States Parties in force had completed it, still have it, are past a deadline (overdue: a source says it was missed; unresolved: no outcome found here) or are not known here, the date of the newest information, the completions over time, and each State Party's standing with the source of its newest information. Only what was known on asOf.",
    pathParams: treatyPath,
    query: obligationsQuery,
    response: treatyObligations,
    errors: [400, 404],
    example: "/api/v1/treaties/ccm/obligations?asOf=2025-01-01",
  },
  {
    operationId: "listStates",
    path: "/api/v1/states",
    summary: "Every state",
    description: "The 197 states that can join a UN-deposited treaty, with their region in each grouping.",
    query: noQuery,
    response: stateList,
    errors: [],
    example: "/api/v1/states",
  },
  {
    operationId: "getState",
    path: "/api/v1/states/{iso3}",
    summary: "One state's history across every treaty",
    description:
      "For each treaty: the state's status on asOf, its signature, periods of participation, annotations, every action with its source, its initial report's deadline, and where its stockpile-destruction and clearance obligations stood, every event with its source.",
    pathParams: statePath,
    query: statusQuery,
    response: stateHistory,
    errors: [400, 404],
    example: "/api/v1/states/SSD?asOf=2022-01-01",
  },
  {
    operationId: "listActions",
    path: "/api/v1/actions",
    summary: "The action log, a page at a time",
    description:
      "Signatures, instruments, withdrawals and annotations, filtered by treaty, state, type and deposit date, ordered by deposit date then id. Follow `next` as `cursor` for the next page.",
    query: actionsQuery,
    response: actionPage,
    errors: [400],
    example: "/api/v1/actions?treaty=ccm&type=accession&from=2020-01-01&to=2020-12-31&limit=20",
  },
  {
    operationId: "listGroupings",
    path: "/api/v1/regions",
    summary: "Every grouping of states into regions",
    description:
      "Each grouping (UN regional groups, M49 regions, the campaigns' regions ...) with its regions' members.",
    query: noQuery,
    response: groupingList,
    errors: [],
    example: "/api/v1/regions",
  },
  {
    operationId: "getRegionBreakdown",
    path: "/api/v1/regions/{grouping}",
    summary: "Each region's counts per treaty on a date",
    description: "For every region of the grouping, its states' counts in each treaty (or one) on asOf.",
    pathParams: groupingPath,
    query: regionQuery,
    response: regionBreakdown,
    errors: [400, 404],
    example: "/api/v1/regions/campaign?asOf=2020-08-31&treaty=ccm",
  },
];
