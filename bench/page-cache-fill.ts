// Fills the app's page cache (lib/cache/page-cache-handler.ts) from outside:
// every period of each treaty under each counting rule (one cached page each),
// then every state on 1 July of each year (one cached page per state and date)
// until enough. Each page is asked once; the HTML bytes received count towards
// the bound, and a cache entry is never smaller than its HTML, so once they
// pass the bound the cache has reached it and evicts from then on.
import { latestAllowedDate } from "../lib/domain/date-bounds";
import type { TreatySnapshot } from "../lib/domain/treaty-snapshot";
import { COUNTING_RULES } from "../lib/domain/status";

export type FillProgress = { pages: number; htmlBytes: number; failed: number };

export function pagesToFill(snapshots: TreatySnapshot[], stateIsos: string[]): string[] {
  const lastDay = latestAllowedDate();
  const treaties = snapshots.flatMap((snapshot) =>
    COUNTING_RULES.flatMap((counting) =>
      snapshot.turningPoints[counting]
        .filter((day) => day <= lastDay)
        .map((day) => `/treaties/${snapshot.slug}?asOf=${day}&counting=${counting}`),
    ),
  );
  const years = Array.from({ length: Number(lastDay.slice(0, 4)) - 1998 }, (_, i) => 1998 + i);
  const states = years.flatMap((year) => stateIsos.map((iso3) => `/states/${iso3}?asOf=${year}-07-01`));
  return [...treaties, ...states];
}

type FillOptions = {
  parallel: number;
  /** Stops asking once this is true. */
  enough: (progress: FillProgress) => boolean;
  every: number;
  onEvery: (progress: FillProgress) => void;
};

/** Asks for the paths in order, `parallel` at a time, until `enough`; `onEvery` is called after each `every` pages. */
export async function fillPageCache(
  url: string,
  paths: string[],
  { parallel, enough, every, onEvery }: FillOptions,
): Promise<FillProgress> {
  const progress: FillProgress = { pages: 0, htmlBytes: 0, failed: 0 };
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined && !enough(progress); path = queue.shift()) {
      const response = await fetch(`${url}${path}`);
      progress.htmlBytes += (await response.arrayBuffer()).byteLength;
      progress.pages++;
      if (!response.ok) progress.failed++;
      if (progress.pages % every === 0) onEvery(progress);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return progress;
}
