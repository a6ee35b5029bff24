// The production shape on one machine: one PostgreSQL database, several
// `next start` instances on it, nginx in front as the shared cache
// (deploy/nginx.conf.template). Used by `npm run shape` (deploy/start.ts),
// the benchmark (bench/shape.bench.ts) and the shape test (deploy/shape.check.ts).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type ShapeOptions = {
  /** A PostgreSQL database (created if missing, then migrated and seeded). */
  databaseUrl: string;
  instances: number;
  nginxPort: number;
  firstAppPort: number;
};
export type Shape = { url: string; instanceUrls: string[]; stop: () => void };

export const DEFAULT_SHAPE: ShapeOptions = {
  databaseUrl:
    process.env.SHAPE_DATABASE_URL ?? "postgresql://treaty_tracker:treaty_tracker@127.0.0.1:5432/treaty_tracker_shape",
  instances: Number(process.env.SHAPE_INSTANCES ?? 2),
  nginxPort: Number(process.env.SHAPE_PORT ?? 8080),
  firstAppPort: Number(process.env.SHAPE_APP_PORT ?? 3201),
};

const DIR = path.resolve(".shape");

async function createDatabaseIfMissing(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

async function waitFor(url: string, what: string, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 5; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer ${url} within ${seconds} s`);
}

function nginxConfig(options: ShapeOptions): string {
  const upstreams = Array.from(
    { length: options.instances },
    (_, i) => `    server 127.0.0.1:${options.firstAppPort + i};`,
  ).join("\n");
  return (
    readFileSync(path.join(import.meta.dirname, "nginx.conf.template"), "utf8")
      .replaceAll("{{DIR}}", DIR)
      .replaceAll("{{PORT}}", String(options.nginxPort))
      // "auto" (one per core) in production; the benchmark sets 1, as its load generator takes a core.
      .replaceAll("{{WORKERS}}", process.env.SHAPE_NGINX_WORKERS ?? "auto")
      .replaceAll("{{UPSTREAMS}}", upstreams)
  );
}

/** Builds if needed, migrates and seeds the database, starts the instances and nginx. */
export async function startShape(options: ShapeOptions = DEFAULT_SHAPE): Promise<Shape> {
  const env = { ...process.env, DATABASE_URL: options.databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  if (!existsSync(".next/BUILD_ID")) run("npm", ["run", "build"], env);
  await createDatabaseIfMissing(options.databaseUrl);
  run("npm", ["run", "--silent", "db:migrate"], env);
  run("npm", ["run", "--silent", "db:seed"], env);

  // A server left over from an earlier run would answer in place of the new ones.
  for (let i = 0; i <= options.instances; i++) {
    const port = i === options.instances ? options.nginxPort : options.firstAppPort + i;
    const busy = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (busy) throw new Error(`port ${port} is already in use: stop what listens there first`);
  }

  const children: ChildProcess[] = [];
  const stop = () => {
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  // However this process ends, the servers it started end with it.
  process.once("exit", stop);
  try {
    const instanceUrls: string[] = [];
    for (let i = 0; i < options.instances; i++) {
      const port = options.firstAppPort + i;
      children.push(spawn("npx", ["next", "start", "--port", String(port)], { env, stdio: "ignore", detached: true }));
      instanceUrls.push(`http://127.0.0.1:${port}`);
    }
    for (const url of instanceUrls) await waitFor(`${url}/regions`, "next start");

    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path.join(DIR, "nginx.conf"), nginxConfig(options));
    mkdirSync(path.join(DIR, "static"));
    copyFileSync(path.join(import.meta.dirname, "unavailable.html"), path.join(DIR, "static", "unavailable.html"));
    children.push(
      spawn("nginx", ["-c", path.join(DIR, "nginx.conf"), "-p", DIR], { stdio: "inherit", detached: true }),
    );
    const url = `http://127.0.0.1:${options.nginxPort}`;
    await waitFor(`${url}/regions`, "nginx");
    return { url, instanceUrls, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
