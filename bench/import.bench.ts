// `npm run bench:import`: the admin's bulk import preview of 5,000 rows (goal:
// well under 5 s) on an in-memory PGlite database seeded with the shipped
// data, and one commit of such a file. Prints numbers; bench/README.md keeps them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { addDaysIso } from "../lib/domain/dates";
import { CONSENT_TYPES } from "../lib/domain/types";
import { loadSeed } from "../seed/load-seed";
import { readSeed } from "../seed/read-seed";
import { measure, report } from "./measure";

const ROWS = 5_000;
const TREATY = "mine-ban-treaty";
const SOURCE = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en";

/**
 * The shipped Mine Ban Treaty file (every row unchanged, one in ten given a
 * new note: changed), an accession for each state that never joined (added,
 * checked against its history), suspension notices to make up 5,000 rows
 * (added), and with `refused`, one row in a hundred with an impossible date.
 */
function syntheticFile(seed: ReturnType<typeof readSeed>, refused: boolean): string {
  const shipped = readFileSync(path.join(import.meta.dirname, `../seed/data/actions/${TREATY}.csv`), "utf8");
  const [header = "", ...lines] = shipped.trimEnd().split("\n");
  const rows = lines.map((line, index) =>
    index % 10 === 0 && line.endsWith(",") ? `${line}Bench note ${index}` : line,
  );
  const actions = seed.treaties.find(({ treaty }) => treaty.slug === TREATY)?.actions ?? [];
  const consents: readonly string[] = CONSENT_TYPES;
  const joined = new Set(actions.filter((row) => consents.includes(row.action)).map((row) => row.state));
  for (const { iso3 } of seed.states.filter((state) => !joined.has(state.iso3))) {
    rows.push(`${iso3},accession,2024-01-15,,${SOURCE},unconfirmed,Bench: hypothetical accession`);
  }
  for (let index = 0; rows.length < ROWS; index++) {
    const state = seed.states[index % seed.states.length]?.iso3 ?? "AFG";
    const date = addDaysIso("2000-01-03", Math.floor(index / seed.states.length) * 7);
    const broken = refused && index % 100 === 0;
    rows.push(
      `${state},suspension,${broken ? "2001-02-30" : date},,${SOURCE},unconfirmed,"Bench row ${index}, synthetic"`,
    );
  }
  return [header, ...rows].join("\n");
}

process.env.DATABASE_URL = "";
process.env.PGLITE_DATA_DIR = "memory://";
const { getDatabase } = await import("../lib/db/client");
const { migrate } = await import("../lib/db/migrate");
const { previewImport, commitImport } = await import("../lib/admin/import-actions");
const { createUser } = await import("../lib/admin/users");

const seed = readSeed();
const { prisma, driver } = getDatabase();
await migrate(driver);
await loadSeed(prisma, seed);
const withRefused = syntheticFile(seed, true);
const clean = syntheticFile(seed, false);

const preview = await previewImport(TREATY, withRefused);
if (!preview.ok) throw new Error(`the synthetic file was refused: ${JSON.stringify(preview.fieldErrors)}`);
console.log(
  "Bulk import preview, %s: %d rows (%d added, %d changed, %d unchanged, %d refused), %d KB",
  TREATY,
  preview.rows.length,
  preview.counts.added,
  preview.counts.changed,
  preview.counts.unchanged,
  preview.counts.refused,
  Math.round(withRefused.length / 1024),
);
report(
  `preview of ${ROWS.toLocaleString("en-GB")} rows (one read of the log, the rest in memory)`,
  await measure(() => previewImport(TREATY, withRefused), 20, 3),
  5000,
);

const created = await createUser(null, {
  email: "bench@example.org",
  name: "Bench",
  role: "admin",
  password: "bench passphrase",
});
if (!created.ok) throw new Error("no bench account");
const actor = { id: created.value.id, email: "bench@example.org", name: "Bench", role: "admin" as const };
const cleanPreview = await previewImport(TREATY, clean);
if (!cleanPreview.ok || cleanPreview.counts.refused > 0) throw new Error("the clean synthetic file has refused rows");
const expected = { added: cleanPreview.counts.added, changed: cleanPreview.counts.changed };
const start = performance.now();
const committed = await commitImport(actor, {
  treaty: TREATY,
  csv: clean,
  fileName: "bench.csv",
  reason: "Bench",
  expected,
});
if (!committed.ok) throw new Error(`the commit was refused: ${committed.formError}`);
console.log(
  `commit of ${ROWS.toLocaleString("en-GB")} rows (${committed.added} added, ${committed.changed} changed, one transaction with audit rows, one run): ${(performance.now() - start).toFixed(0)} ms`,
);
