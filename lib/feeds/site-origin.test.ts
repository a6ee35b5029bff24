import { describe, expect, it } from "vitest";
import { siteOrigin } from "./site-origin";

// Next gives route handlers the server's own address (next start's host and port), not the one asked for.
const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/feeds/actions.atom", { headers });

describe("the site's address for absolute links", () => {
  it("is the host the request named", () => {
    expect(siteOrigin(request({ host: "127.0.0.1:3100" }))).toBe("http://127.0.0.1:3100");
  });

  it("is the one the proxy in front names, over https", () => {
    expect(
      siteOrigin(
        request({ host: "127.0.0.1:3000", "x-forwarded-host": "tracker.example.org", "x-forwarded-proto": "https" }),
      ),
    ).toBe("https://tracker.example.org");
  });

  it("ignores a host that is not a host name", () => {
    expect(siteOrigin(request({ host: 'evil.example/"><script>' }))).toBe("http://localhost:3000");
    expect(siteOrigin(request({ "x-forwarded-proto": "javascript" }))).toBe("http://localhost:3000");
  });
});
