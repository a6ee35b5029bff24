// Every named schema of the API (those with `.meta({ id })`): the components of
// the OpenAPI document. A named schema used in a response but missing here makes
// buildOpenApiDocument throw, so the test of the document catches it.
import { action, actionPage, actionType, confidence, stateAction } from "./actions";
import { apiError, counting, statusCounts, treatyRef } from "./common";
import {
  obligationConfidence,
  obligationEvent,
  obligationExtension,
  obligationKind,
  obligationSeriesPoint,
  obligationStateStanding,
  obligationStatus,
  obligationSummary,
  treatyObligations,
} from "./obligations";
import { grouping, groupingList, regionBreakdown, regionTreatyCounts } from "./regions";
import { seriesPoint, treatySeries } from "./series";
import { obligation, participation, stateHistory, stateList, stateSummary, stateTreatyHistory } from "./states";
import { annotation, consentType, stateStatus, stateStatusEntry, treatyStatus } from "./status";
import {
  laterJoinerRule,
  obligationTarget,
  projection,
  target,
  targetProgress,
  treatyDetail,
  treatyList,
  treatyRules,
  treatySummary,
} from "./treaty";

export const COMPONENT_SCHEMAS = [
  apiError,
  counting,
  statusCounts,
  treatyRef,
  treatyList,
  treatySummary,
  treatyRules,
  laterJoinerRule,
  treatyDetail,
  target,
  targetProgress,
  obligationTarget,
  projection,
  treatyStatus,
  stateStatusEntry,
  stateStatus,
  consentType,
  annotation,
  treatySeries,
  seriesPoint,
  stateList,
  stateSummary,
  stateHistory,
  stateTreatyHistory,
  participation,
  obligation,
  obligationKind,
  obligationStatus,
  obligationConfidence,
  obligationExtension,
  obligationEvent,
  treatyObligations,
  obligationSummary,
  obligationStateStanding,
  obligationSeriesPoint,
  actionPage,
  action,
  stateAction,
  actionType,
  confidence,
  groupingList,
  grouping,
  regionBreakdown,
  regionTreatyCounts,
];
