// A treaty action in words, for the feeds: a title ("Niue: accession to the
// Convention on Cluster Munitions") and a sentence with the date in words.
import type { IsoDate } from "../domain/dates";
import type { ActionType } from "../domain/types";
import { formatDate } from "../format";

type Words = {
  /** What happened, after "State: " in the title. */
  title: (treaty: string) => string;
  /** The sentence, with the state and the date. */
  sentence: (state: string, treaty: string, on: string) => string;
};

const consent = (noun: string, preposition: string): Words => ({
  title: (treaty) => `${noun} ${preposition} the ${treaty}`,
  sentence: (state, treaty, on) =>
    `${state} deposited its instrument of ${noun} ${preposition} the ${treaty} on ${on}.`,
});

const WORDS: Record<ActionType, Words> = {
  signature: {
    title: (treaty) => `signature of the ${treaty}`,
    sentence: (state, treaty, on) => `${state} signed the ${treaty} on ${on}.`,
  },
  ratification: consent("ratification", "of"),
  acceptance: consent("acceptance", "of"),
  approval: consent("approval", "of"),
  accession: consent("accession", "to"),
  succession: {
    title: (treaty) => `succession to the ${treaty}`,
    sentence: (state, treaty, on) => `${state} deposited its notification of succession to the ${treaty} on ${on}.`,
  },
  withdrawal: {
    title: (treaty) => `notice of withdrawal from the ${treaty}`,
    sentence: (state, treaty, on) => `${state} gave notice of withdrawal from the ${treaty} on ${on}.`,
  },
  suspension: {
    title: (treaty) => `notice suspending the ${treaty} (disputed)`,
    sentence: (state, treaty, on) =>
      `${state} gave notice suspending the ${treaty} on ${on}. The notice is disputed and changes no status here.`,
  },
  provisional_application: {
    title: (treaty) => `provisional application of the ${treaty} declared`,
    sentence: (state, treaty, on) => `${state} declared on ${on} that it applies the ${treaty} provisionally.`,
  },
};

export function actionTitle(state: string, type: ActionType, treaty: string): string {
  return `${state}: ${WORDS[type].title(treaty)}`;
}

export function actionSentence(state: string, type: ActionType, treaty: string, depositedOn: IsoDate): string {
  return WORDS[type].sentence(state, treaty, formatDate(depositedOn));
}
