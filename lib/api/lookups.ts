// The lookups most endpoints start with: the treaty a slug names (404 naming the
// parameter when none), and the day asked for within what the record can know.
import { getEarliestOpening, getTreatySnapshot, getTreatySnapshots } from "../data/treaty-snapshots";
import { latestAllowedDate } from "../domain/date-bounds";
import { todayIso, type IsoDate } from "../domain/dates";
import type { TreatySnapshot } from "../domain/treaty-snapshot";
import { failure, type ApiProblem } from "./result";

type Found<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

/** `status`: 404 for a path segment (the resource is unknown), 400 for a filter naming no treaty. */
export async function findTreaty(
  slug: string,
  parameter = "slug",
  status: 400 | 404 = 404,
): Promise<Found<TreatySnapshot>> {
  const snapshot = await getTreatySnapshot(slug);
  if (snapshot) return { ok: true, value: snapshot };
  const known = (await getTreatySnapshots()).map((s) => s.slug).join(", ");
  return failure(status, parameter, `"${slug}" is not a treaty this tracker knows (known: ${known})`);
}

type Opening = { shortName: string; openedForSignatureOn: IsoDate };

/**
 * The day an answer is for: `asOf` as given (already checked as a date) or today,
 * refused before the treaty opened (the earliest treaty when the answer covers
 * several) or further ahead than the record can know. Same wording as the pages.
 */
export async function resolveAsOf(
  asOf: IsoDate | undefined,
  opening?: Opening,
  today: IsoDate = todayIso(),
): Promise<Found<IsoDate>> {
  const day = asOf ?? today;
  const { shortName, openedForSignatureOn } = opening ?? (await getEarliestOpening());
  if (day < openedForSignatureOn)
    return failure(
      400,
      "asOf",
      `must not be before ${openedForSignatureOn}, when the ${shortName} opened for signature`,
    );
  const latest = latestAllowedDate(today);
  if (day > latest)
    return failure(400, "asOf", `must not be after ${latest}: the record cannot know events further ahead`);
  return { ok: true, value: day };
}

export function treatyOpening(snapshot: TreatySnapshot): Opening {
  return { shortName: snapshot.shortName, openedForSignatureOn: snapshot.rules.openedForSignatureOn };
}

/** A treaty as an answer about several names it, with the date its data was checked against. */
export function treatyRef(snapshot: TreatySnapshot): {
  treaty: string;
  shortName: string;
  checkedAgainstDepositaryOn: IsoDate;
} {
  return {
    treaty: snapshot.slug,
    shortName: snapshot.shortName,
    checkedAgainstDepositaryOn: snapshot.depositaryCheckedOn,
  };
}
