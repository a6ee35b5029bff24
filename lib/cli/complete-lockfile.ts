// `npm run lockfile:complete`, after any `npm install <package>`.
// The package registry these machines reach does not serve every platform's
// optional binary (e.g. @next/swc-darwin-arm64), so `npm install` leaves them
// out of package-lock.json and `npm ci` then refuses the lock as out of sync.
// This adds each missing optional dependency as an entry restricted to its
// platform: npm ci skips it on Linux instead of failing, and installs it
// normally on a machine whose registry has it.
import { readFileSync, writeFileSync } from "node:fs";

type LockEntry = {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};

const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockEntry> };
const added: string[] = [];

for (const entry of Object.values(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const os = /darwin|win32|linux|freebsd|android|openharmony|sunos|aix/.exec(name)?.[0];
    const cpu = /arm64|x64|ia32|arm|ppc64|riscv64|s390x|loong64|wasm32/.exec(name)?.[0];
    lock.packages[key] = {
      version: spec.replace(/^[\^~=]/, ""),
      optional: true,
      ...(os && { os: [os] }),
      ...(cpu && { cpu: [cpu] }),
      ...(/musl/.test(name) && { libc: ["musl"] }),
    };
    added.push(name);
  }
}

writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `Added ${added.length} platform-only entries: ${added.join(", ")}` : "package-lock.json is complete.",
);
