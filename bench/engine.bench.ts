// `npm run bench`: speed of the status engine on the real data and on a
// synthetic load of 50 treaties / ~40,000 actions, in process and through a
// database (in-memory PGlite; also PostgreSQL when BENCH_DATABASE_URL is set).
// Prints numbers; goals and past results: bench/README.md.
import { buildStatusResponse } from "../lib/api/status-response";
import { countsFromSeries, statusSeries } from "../lib/domain/series";
import { buildTimelines } from "../lib/domain/timeline";
import { todayIso } from "../lib/domain/dates";
import { obligationEventOf, type ObligationFile } from "../seed/obligations";
import { readSeed } from "../seed/read-seed";
import { seedActionRecords, seedTreatyRules } from "../seed/to-domain";
import { periodsHorizon } from "../lib/domain/date-bounds";
import { buildTreatySnapshot } from "../lib/domain/treaty-snapshot";
import { measure, report } from "./measure";
import { benchThroughDatabases } from "./synthetic-database";
import { syntheticTreaties } from "./synthetic";

const seed = readSeed();
const states = seed.states.map((s) => ({
  iso3: s.iso3,
  name: s.depositaryName,
  shortName: s.shortName,
  isoNumeric: s.isoNumeric,
}));
const stateIsos = states.map((s) => s.iso3);

/** The obligation files as the app's snapshot takes them: their events are turning points too. */
const obligationInput = (files: readonly ObligationFile[]) => ({
  rules: files.map((file) => file.rule),
  events: files.flatMap(({ rule, rows }) => rows.map((row) => obligationEventOf(row, rule.kind))),
});

console.log(
  "Real data (both treaties, %d states, %d actions)",
  stateIsos.length,
  seed.treaties.reduce((n, t) => n + t.actions.length, 0),
);
for (const { treaty, actions, obligations: files } of seed.treaties) {
  const rules = seedTreatyRules(treaty);
  const records = seedActionRecords(actions);
  const obligations = obligationInput(files);
  const build = () =>
    buildTreatySnapshot({ ...treaty, rules, targets: treaty.targets }, states, records, periodsHorizon(), obligations);
  const snapshot = build();
  const { timelines } = snapshot;
  console.log(
    `  ${treaty.slug}: periods (distinct treaty pages) counting from deposit ${snapshot.turningPoints.deposit.length}, from entry into force ${snapshot.turningPoints["in-force"].length}`,
  );
  report(
    `${treaty.slug}: whole snapshot (timelines, both series, obligations, periods) from the raw log`,
    await measure(build, 20),
  );
  report(
    `${treaty.slug}: status of all ${stateIsos.length} states on a date (API body)`,
    await measure(() => buildStatusResponse(snapshot, "2020-08-06", "deposit"), 1000),
    5,
  );
  report(
    `${treaty.slug}: full history series, computed from the log`,
    await measure(() => statusSeries(timelines, stateIsos, "deposit"), 300),
    5,
  );
  report(
    `${treaty.slug}: timelines + both series from the raw log (cold rebuild)`,
    await measure(() => {
      const t = buildTimelines(rules, records);
      statusSeries(t, stateIsos, "deposit");
      statusSeries(t, stateIsos, "in-force");
    }, 100),
  );
}

const synthetic = syntheticTreaties(50, 800, stateIsos);
const actionCount = synthetic.reduce((n, t) => n + t.actions.length, 0);
console.log("\nSynthetic load: %d treaties, %d actions", synthetic.length, actionCount);
report(
  "home numbers from the raw log (timelines + series + counts, 50 treaties)",
  await measure(
    () => {
      for (const { rules, actions } of synthetic) {
        const series = statusSeries(buildTimelines(rules, actions), stateIsos, "deposit");
        countsFromSeries(series, todayIso(), stateIsos.length);
      }
    },
    20,
    3,
  ),
  100,
);

await benchThroughDatabases(synthetic, seed);
