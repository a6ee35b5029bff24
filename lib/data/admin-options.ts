// What the admin's forms offer to choose from: treaties, states (for the
// type-ahead "Niue (NIU)"), accounts; and a state typed into a filter, found
// the way the action form finds it (name, depositary name or ISO3 code).
import "server-only";
import { getPrisma } from "../db/client";
import { isoFromUtcDate, type IsoDate } from "../domain/dates";

export type TreatyOption = { slug: string; shortName: string; depositaryCheckedOn: IsoDate };
export type StateOption = { iso3: string; label: string };
export type UserOption = { id: number; label: string };

export async function treatiesForAdmin(): Promise<TreatyOption[]> {
  const treaties = await getPrisma().treaty.findMany({ orderBy: { openedForSignatureOn: "asc" } });
  return treaties.map((treaty) => ({
    slug: treaty.slug,
    shortName: treaty.shortName,
    depositaryCheckedOn: isoFromUtcDate(treaty.depositaryCheckedOn),
  }));
}

/** Every state as "Niue (NIU)": the form's type-ahead matches the name or the code. */
export async function statePickerOptions(): Promise<StateOption[]> {
  const states = await getPrisma().state.findMany({
    select: { iso3: true, shortName: true },
    orderBy: { shortName: "asc" },
  });
  return states.map((state) => ({ iso3: state.iso3, label: `${state.shortName} (${state.iso3})` }));
}

export async function userOptions(): Promise<UserOption[]> {
  const users = await getPrisma().adminUser.findMany({ orderBy: { name: "asc" } });
  return users.map((user) => ({ id: user.id, label: `${user.name} (${user.email})` }));
}

/** "Niue (NIU)", "NIU", "niue" or the depositary's name -> "NIU"; null when nothing matches. */
export async function findStateIso3(text: string): Promise<string | null> {
  const code = /\(([A-Za-z]{3})\)\s*$/.exec(text)?.[1] ?? text;
  const state = await getPrisma().state.findFirst({
    select: { iso3: true },
    where: {
      OR: [
        { iso3: code.toUpperCase() },
        { shortName: { equals: text, mode: "insensitive" } },
        { depositaryName: { equals: text, mode: "insensitive" } },
      ],
    },
  });
  return state?.iso3 ?? null;
}
