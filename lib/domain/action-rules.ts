// What makes an action possible, for the admin's form and the seed files alike:
// the same rules, one place. Each problem names the field a person would fix.
import type { IsoDate } from "./dates";
import { isConsent, type ActionType, type TreatyActionRecord, type TreatyRules } from "./types";

export type ActionField = "state" | "type" | "depositedOn" | "effectiveOn" | "effectDeferred";
export type ActionProblem = { field: ActionField; message: string };
export type TreatyFacts = TreatyRules & { shortName: string };
type Proposed = Pick<TreatyActionRecord, "type" | "depositedOn" | "effectiveOn" | "effectDeferred">;

/** Problems of one action on its own: dates the treaty or the calendar rule out, fields that do not apply. */
export function actionProblems(treaty: TreatyFacts, action: Proposed, today: IsoDate): ActionProblem[] {
  const problems: ActionProblem[] = [];
  const { type, depositedOn } = action;
  if (depositedOn < treaty.openedForSignatureOn) {
    problems.push({
      field: "depositedOn",
      message: `${depositedOn} is before the ${treaty.shortName} opened for signature on ${treaty.openedForSignatureOn}`,
    });
  }
  if (depositedOn > today) problems.push({ field: "depositedOn", message: `${depositedOn} is in the future` });
  if (type === "signature" && treaty.signatureClosesOn && depositedOn > treaty.signatureClosesOn) {
    problems.push({
      field: "type",
      message: `the ${treaty.shortName} was open for signature only until ${treaty.signatureClosesOn}; states accede instead`,
    });
  }
  if (type === "signature" && action.effectiveOn) {
    problems.push({ field: "effectiveOn", message: "a signature has no effective date" });
  }
  if (action.effectDeferred && type !== "withdrawal") {
    problems.push({
      field: "effectDeferred",
      message: "only a withdrawal's effect can be deferred (until an armed conflict ends)",
    });
  }
  if (action.effectDeferred && action.effectiveOn) {
    problems.push({ field: "effectiveOn", message: "must be empty when the effect is deferred" });
  }
  if (action.effectiveOn && action.effectiveOn < depositedOn && type === "withdrawal") {
    problems.push({ field: "effectiveOn", message: "a withdrawal cannot take effect before its notice" });
  }
  return problems;
}

type Dated = Pick<TreatyActionRecord, "type" | "depositedOn">;
const describe = (action: Dated) => `${action.type.replace("_", " ")} of ${action.depositedOn}`;
const byDate = (a: Dated, b: Dated) => a.depositedOn.localeCompare(b.depositedOn);

/**
 * Problems in one state's history as a sequence: a second consent while the
 * first stands, a withdrawal with no consent before it, the same action twice.
 * Each problem is attached to the action that causes it (its index in `actions`).
 */
export function historyProblems(actions: readonly Dated[]): { index: number; problem: ActionProblem }[] {
  const found: { index: number; problem: ActionProblem }[] = [];
  const order = actions.map((action, index) => ({ action, index })).sort((a, b) => byDate(a.action, b.action));
  const seen = new Map<string, Dated>();
  let bound: Dated | null = null;
  for (const { action, index } of order) {
    const key = `${action.type}/${action.depositedOn}`;
    if (seen.has(key)) {
      found.push({ index, problem: { field: "type", message: `the same ${describe(action)} is already recorded` } });
      continue;
    }
    seen.set(key, action);
    if (isConsent(action.type as ActionType)) {
      if (bound) {
        found.push({
          index,
          problem: {
            field: "type",
            message: `the state is already bound by its ${describe(bound)} and has not withdrawn`,
          },
        });
      } else bound = action;
    } else if (action.type === "withdrawal") {
      if (!bound) {
        found.push({
          index,
          problem: {
            field: "type",
            message: `only a party can withdraw: no consent to be bound before ${action.depositedOn}`,
          },
        });
      }
      bound = null;
    }
  }
  return found;
}

/**
 * What a change to a state's history would break: the problems of `after`
 * that `before` did not have. (An edit or a deletion must not leave, say, a
 * withdrawal without the consent it withdraws.)
 */
export function newHistoryProblems(before: readonly Dated[], after: readonly Dated[]): ActionProblem[] {
  const known = new Set(historyProblems(before).map(({ problem }) => problem.message));
  return historyProblems(after)
    .map(({ problem }) => problem)
    .filter((problem) => !known.has(problem.message));
}
