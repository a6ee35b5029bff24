// Participant names to states, through the names the database keeps (the
// depositary's name and the common short name). Nothing is guessed: a name
// that matches neither is reported, not approximated.

export type StateName = { iso3: string; depositaryName: string; shortName: string };

/** "Côte d’Ivoire 2" and "côte d'ivoire" -> the same key: quotes, spaces, case and trailing footnote numbers aside. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^\s*\[\s*|\s*\]\s*$/g, "")
    .replace(/(?<=[\p{L})])(?:\s*\d+\s*,?)+$/u, "")
    .trim()
    .toLowerCase();
}

const words = (text: string) =>
  nameKey(text)
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();

export function stateFinder(states: readonly StateName[]) {
  const byKey = new Map<string, StateName>();
  for (const state of states) {
    byKey.set(nameKey(state.shortName), state);
    byKey.set(nameKey(state.depositaryName), state);
  }
  return {
    /** The state printed as `name`, or null. */
    exact: (name: string) => byKey.get(nameKey(name)) ?? null,
    /** The state whose name is the longest one found in a phrase ("the Republic of Estonia" -> Estonia), or null. */
    within(phrase: string): StateName | null {
      const text = ` ${words(phrase)} `;
      let best: { state: StateName; length: number } | null = null;
      for (const [key, state] of byKey) {
        const name = words(key);
        if (text.includes(` ${name} `) && name.length > (best?.length ?? 0)) best = { state, length: name.length };
      }
      return best?.state ?? null;
    },
  };
}
