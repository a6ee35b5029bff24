// Cached pages come from lib/cache/page-cache-handler.ts, which instrumentation.ts
// hands to Next through a global hook. Were the hook ever ignored, Next would fall
// back to its own file-system cache: pages would still be cached, but written
// under .next/server as files, with no bound. This checks the fallback is not in use.
import { readdirSync } from "node:fs";
import { expect, test } from "./fixtures";

test("a cached page is kept in the in-memory page cache, not written to disk", async ({ request }) => {
  const path = "/treaties/ccm/outside";
  await request.get(path);
  const again = await request.get(path);
  // From the cache: "STALE" once the page is older than its two seconds (then rendered again behind it).
  expect(["HIT", "STALE"]).toContain(again.headers()["x-nextjs-cache"]);
  const written = readdirSync(".next/server", { recursive: true, encoding: "utf8" }).filter((file) =>
    file.includes("treaties/ccm/outside"),
  );
  expect(written).toEqual([]);
});
