// Tiny timing helper for the benchmarks: warm up, then report the median and
// 95th percentile of many runs. Numbers only; no pass/fail.
import { performance } from "node:perf_hooks";

export type Timing = { median: number; p95: number; runs: number };

export async function measure(run: () => unknown, runs = 200, warmup = 20): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.floor(runs * 0.95)] ?? 0, runs };
}

export function report(label: string, timing: Timing, goalMs?: number): void {
  const goal = goalMs === undefined ? "" : `  (goal < ${goalMs} ms: ${timing.median < goalMs ? "met" : "NOT met"})`;
  console.log(
    `${label.padEnd(64)} median ${timing.median.toFixed(3).padStart(8)} ms   p95 ${timing.p95.toFixed(3).padStart(8)} ms   n=${timing.runs}${goal}`,
  );
}
