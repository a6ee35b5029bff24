// The security headers on what the site serves (next.config.js, and the script
// policy of lib/http/script-policy.ts): every other browser test runs under the
// same policy and fails on a console error, so a page whose own scripts the
// policy blocked would fail there too.
import { createHash } from "node:crypto";
import type { APIResponse } from "@playwright/test";
import { expect, expectConsoleErrors, test } from "./fixtures";

/** Every Content-Security-Policy header of an answer (a browser enforces each of them). */
function policiesOf(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === "content-security-policy")
    .map(({ value }) => value);
}

/** The `script-src` directive of each policy that has one. */
function scriptSources(policies: string[]): string[] {
  return policies.flatMap((policy) =>
    policy
      .split(";")
      .map((directive) => directive.trim())
      .filter((directive) => directive.startsWith("script-src ")),
  );
}

/** The page's inline scripts, by the simplest reading of React's output (no attribute but nonce/id). */
function inlineScripts(html: string): { text: string; nonce: string | undefined }[] {
  return [...html.matchAll(/<script((?:\s+(?:nonce|id)="[^"]*")*)>([\s\S]*?)<\/script>/g)].map((match) => ({
    text: match[2] ?? "",
    nonce: /nonce="([^"]*)"/.exec(match[1] ?? "")?.[1],
  }));
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test("pages, API answers, downloads and the admin carry the security headers", async ({ request }) => {
  for (const path of [
    "/",
    "/treaties/ccm?asOf=2020-08-06",
    "/states/GBR",
    "/api/v1/treaties",
    "/treaties/ccm/download?format=csv",
    "/admin/sign-in",
  ]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-frame-options"], path).toBe("DENY");
    const policies = policiesOf(response).join("; ");
    for (const part of ["object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "connect-src 'self'"])
      expect(policies, path).toContain(part);
    expect(policies, path).not.toContain("unsafe-eval");
    expect(scriptSources(policiesOf(response)).join(" "), path).not.toContain("unsafe-inline");
  }
});

test("every page names each of its inline scripts by hash or nonce, and nothing else", async ({ request }) => {
  // Cached pages (first render and from the cache), a refusal, a missing page, pages rendered per request.
  const pages = [
    "/",
    "/treaties/mine-ban-treaty",
    "/treaties/mine-ban-treaty",
    "/treaties/ccm?asOf=2019-05-01",
    "/treaties/ccm/outside",
    "/regions/campaign/pacific",
    "/states/NZL",
    "/treaties/mine-ban-treaty?asOf=2020-02-30",
    "/treaties/no-such-treaty",
    "/treaties",
    "/regions",
    "/api",
    "/admin/sign-in",
  ];
  for (const path of pages) {
    const response = await request.get(path);
    const sources = scriptSources(policiesOf(response));
    expect(sources, `${path}: one script-src`).toHaveLength(1);
    const allowed = new Set(sources[0]?.split(/\s+/).slice(1));
    const scripts = inlineScripts(await response.text());
    expect(scripts.length, path).toBeGreaterThan(0);
    const nonce = [...allowed].find((source) => source.startsWith("'nonce-"));
    if (nonce) {
      // A nonce: fresh for each answer, on every inline script.
      expect(nonce.length, path).toBeGreaterThanOrEqual("'nonce-'".length + 22);
      for (const script of scripts) expect(`'nonce-${script.nonce}'`, path).toBe(nonce);
      const again = scriptSources(policiesOf(await request.get(path)))[0];
      expect(again, `${path}: a new nonce per answer`).not.toContain(nonce);
    } else {
      // Hashes: exactly this site's files and the page's own scripts.
      expect([...allowed].sort(), path).toEqual(["'self'", ...new Set(scripts.map((s) => sha256(s.text)))].sort());
    }
  }
});

test("an inline script that is not the page's own does not run", async ({ page }) => {
  expectConsoleErrors(/Content Security Policy/);
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
  });
  // Stands for stored text that escaped as markup: the answer is the site's own, headers and all, plus one script.
  await page.route("**/states/NZL", async (route) => {
    const original = await route.fetch();
    const html = (await original.text()).replace("</body>", "<script>window.injected = true</script></body>");
    await route.fulfill({ response: original, body: html });
  });
  await page.goto("/states/NZL");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("New Zealand");
  expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
  expect(blocked.length).toBeGreaterThan(0);
});

test("the embeddable widget may be framed anywhere, still with nosniff", async ({ request }) => {
  const response = await request.get("/embed/ccm/progress");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(response.headers()["x-frame-options"]).toBeUndefined();
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
