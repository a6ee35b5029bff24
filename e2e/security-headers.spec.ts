// The security headers on what the site serves (next.config.js): every other
// browser test runs under the same policy and fails on a console error, so a
// page that needed more than the policy allows would fail there too.
import { expect, test } from "./fixtures";

const POLICY_PARTS = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "frame-ancestors 'none'",
];

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
    const policy = headers["content-security-policy"] ?? "";
    for (const part of POLICY_PARTS) expect(policy, path).toContain(part);
    expect(policy, path).not.toContain("unsafe-eval");
  }
});

test("the embeddable widget may be framed anywhere, still with nosniff", async ({ request }) => {
  const response = await request.get("/embed/ccm/progress");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(response.headers()["x-frame-options"]).toBeUndefined();
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
