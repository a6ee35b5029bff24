// The address a feed's absolute links start with: the one the request was made
// to. Next's request.url names the server's own host and port (next start's
// `--hostname`, else localhost), not the name a reader used, so the Host header
// is read, or X-Forwarded-Host and X-Forwarded-Proto set by the proxy in front
// (README, Admin: the same proxy sets X-Forwarded-For).

/** A host name with an optional port, nothing else: a header cannot put markup or a path into the feed's links. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

const first = (header: string | null) => header?.split(",")[0]?.trim() || undefined;

export function siteOrigin(request: Request): string {
  const url = new URL(request.url);
  const headers = request.headers;
  const host = [first(headers.get("x-forwarded-host")), first(headers.get("host"))].find((h) => h && HOST.test(h));
  const protocol = first(headers.get("x-forwarded-proto")) ?? url.protocol.replace(/:$/, "");
  return `${protocol === "https" ? "https" : "http"}://${host ?? url.host}`;
}
