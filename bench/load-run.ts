// One autocannon run and the four figures every load benchmark reports, so
// bench:pages, bench:shape and bench:load read their runs the same way.
import autocannon from "autocannon";

export type LoadFigures = { rps: number; p50: number; p99: number; errors: number };

export type LoadOptions = {
  connections: number;
  seconds: number;
  /** A new path for every request (a date never asked before, say); the URL's own path otherwise. */
  paths?: () => string;
};

export async function loadRun(url: string, { connections, seconds, paths }: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: paths ? [{ setupRequest: (request) => ({ ...request, path: paths() }) }] : undefined,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Network errors and answers other than 2xx: a refused or failed page is cheap and would flatter the rate.
    errors: result.errors + result.non2xx,
  };
}

export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
