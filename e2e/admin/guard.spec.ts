// Only signed-in editors and admins change data, checked by each action on the
// server: a form post replayed without a session, with a revoked or forged one,
// from another site, or with an editor's session to an admin-only action is
// refused and writes nothing. Admin pages are never cacheable by others.
import { request as playwrightRequest, type Page, type Request } from "@playwright/test";
import { E2E_ADMIN, E2E_EDITOR } from "../accounts";
import { ADMIN_PORT } from "../servers";
import { expect, expectConsoleErrors, test } from "../fixtures";
import { signIn } from "./sign-in";

const BASE = `http://127.0.0.1:${ADMIN_PORT}`;
const SOURCE = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en";

/**
 * Submits a form in the browser but stops the post on its way, keeping it to
 * replay. (The page then logs the failed fetch, which the test expects.)
 */
async function capturePost(page: Page, path: string, submit: () => Promise<void>) {
  expectConsoleErrors(/^TypeError: Failed to fetch|^Failed to load resource: net::ERR_FAILED/);
  let captured: Request | undefined;
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    return route.abort();
  });
  await submit();
  await expect.poll(() => captured).toBeTruthy();
  const post = captured as Request;
  const { cookie: _cookie, ...headers } = await post.allHeaders();
  return { url: post.url(), headers, body: post.postDataBuffer() ?? Buffer.from("") };
}

/** Replays a captured post with the given extra headers (a cookie, an Origin), from outside the browser. */
async function replay(post: Awaited<ReturnType<typeof capturePost>>, extra: Record<string, string>) {
  const context = await playwrightRequest.newContext({ baseURL: BASE });
  const response = await context.post(post.url, { headers: { ...post.headers, ...extra }, data: post.body });
  const text = await response.text();
  await context.dispose();
  return { status: response.status(), text };
}

const sessionCookie = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === "tt_session")?.value ?? "";

/** South Sudan's CCM status on 3 Aug 2023 through the public API (the admin server's data lacks that accession). */
async function southSudanOnTheDay() {
  const context = await playwrightRequest.newContext({ baseURL: BASE });
  const body = (await (await context.get("/api/v1/treaties/ccm/status?asOf=2023-08-03")).json()) as {
    states: { iso3: string; status: string }[];
  };
  await context.dispose();
  return body.states.find((state) => state.iso3 === "SSD")?.status;
}

test("a recorded action's post replayed without a valid session or from another site is refused and writes nothing", async ({
  page,
}) => {
  await signIn(page, E2E_EDITOR);
  await page.goto("/admin/actions/new");
  await page.getByLabel("Treaty").selectOption("ccm");
  await page.getByLabel("State", { exact: true }).fill("South Sudan");
  await page.getByLabel("Action type").selectOption("accession");
  await page.getByLabel("Deposit date").fill("2023-08-03");
  await page.getByLabel("Source").fill(SOURCE);
  const post = await capturePost(page, "/admin/actions/new", () =>
    page.getByRole("button", { name: "Record the action" }).click(),
  );
  const editorCookie = `tt_session=${await sessionCookie(page)}`;

  expect((await replay(post, {})).text).toContain("You are not signed in, or your session has ended");
  expect((await replay(post, { cookie: "tt_session=forged-session-token" })).text).toContain("You are not signed in");
  const crossSite = await replay(post, { cookie: editorCookie, origin: "https://attacker.example" });
  expect(crossSite.status === 500 || crossSite.text.includes("sent from another site")).toBe(true);

  // Sign out (the server deletes the session), then replay with the old cookie.
  await page.unroute("**/admin/actions/new");
  await page.goto("/admin");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  expect((await replay(post, { cookie: editorCookie })).text).toContain("You are not signed in");

  expect(await southSudanOnTheDay()).toBe("not-party");
});

test("an editor's session cannot create accounts, even replaying an admin's post", async ({ page, browser }) => {
  await signIn(page, E2E_ADMIN);
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Add an account" });
  await form.getByLabel("Email").fill("intruder@e2e.test");
  await form.getByLabel("Name").fill("Intruder");
  await form.getByLabel("Password").fill("a long enough passphrase");
  const post = await capturePost(page, "/admin/users", () =>
    form.getByRole("button", { name: "Add the account" }).click(),
  );

  const editorPage = await browser.newPage();
  await signIn(editorPage, E2E_EDITOR);
  const refused = await replay(post, { cookie: `tt_session=${await sessionCookie(editorPage)}` });
  expect(refused.text).toContain("Only an admin can do this.");
  await editorPage.goto("/admin/users");
  await expect(editorPage).toHaveURL(/\/admin\?denied=1$/);
  await editorPage.close();

  await page.unroute("**/admin/users");
  await page.goto("/admin/users");
  await expect(page.getByText("intruder@e2e.test")).toHaveCount(0);
});

test("admin pages are private and uncacheable, and public pages carry nothing of a session", async ({ page }) => {
  const signedOut = await page.request.get("/admin/actions/new", { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);
  expect(signedOut.headers().location).toContain("/admin/sign-in");

  await signIn(page, E2E_EDITOR);
  const admin = await page.request.get("/admin");
  expect(admin.headers()["cache-control"]).toMatch(/private/);
  expect(admin.headers()["cache-control"]).toMatch(/no-store/);

  const publicPage = await page.request.get("/treaties/ccm/outside");
  expect(publicPage.headers()["set-cookie"]).toBeUndefined();
  expect(await publicPage.text()).not.toContain(E2E_EDITOR.name);
});
