// Browsers ask for /favicon.ico on pages that name no icon (a JSON answer, a
// feed shown in a tab): send them to the site's icon instead of a 404.
export function GET(): Response {
  return new Response(null, {
    status: 308,
    headers: { Location: "/icon.svg", "Cache-Control": "public, max-age=86400" },
  });
}
