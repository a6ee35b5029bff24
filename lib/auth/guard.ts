// The first step of every mutation and admin page, on the server: who is asking,
// may they, and did the form come from this site. (proxy.ts guards nothing:
// each action and page checks for itself.)
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AdminRole } from "../db/generated/client";
import { checkAccess, type Access } from "./request";
import { SESSION_COOKIE, type Actor } from "./sessions";

async function requestFacts() {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return {
    token: cookieStore.get(SESSION_COOKIE)?.value,
    origin: headerList.get("origin"),
    host: headerList.get("x-forwarded-host") ?? headerList.get("host"),
  };
}

/** For server actions: the signed-in actor with the role, or the reason to refuse (the action returns it). */
export async function authorize(role: AdminRole): Promise<Access> {
  return checkAccess(await requestFacts(), role);
}

/** For admin pages: the actor, or off to the sign-in page (or the admin home, for an editor on an admin page). */
export async function requirePageActor(role: AdminRole, from: string): Promise<Actor> {
  const access = await checkAccess({ ...(await requestFacts()), origin: null }, role);
  if (access.ok) return access.actor;
  if (access.reason === "role") redirect("/admin?denied=1");
  redirect(`/admin/sign-in?next=${encodeURIComponent(from)}`);
}

/** The address failed sign-ins are counted against: the first X-Forwarded-For entry (set by the proxy in front), else "local". */
export async function clientAddress(): Promise<string> {
  const headerList = await headers();
  return headerList.get("x-forwarded-for")?.split(",")[0]?.trim() || headerList.get("x-real-ip") || "local";
}

/** Cookies are Secure when the request came over HTTPS (directly or through the proxy). */
export async function isHttps(): Promise<boolean> {
  const headerList = await headers();
  return headerList.get("x-forwarded-proto") === "https";
}
