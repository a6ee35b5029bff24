"use server";
// Signing in and out. The session cookie is HttpOnly, SameSite=Lax, Secure over
// HTTPS, and expires with the session (lib/auth/sessions.ts).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddress, isHttps } from "../auth/guard";
import { isCrossSite } from "../auth/request";
import { revokeSession, SESSION_COOKIE } from "../auth/sessions";
import { signIn } from "../auth/sign-in";
import { readForm, errorState, type FormState } from "./form-state";
import { unlessDatabaseDown } from "./unless-database-down";

const signInSchema = z.object({
  email: z.string().trim().min(1, "is required"),
  password: z.string().min(1, "is required"),
});

/** Only back into the admin: a "next" pointing elsewhere would make the sign-in page an open redirect. */
const safeNext = (value: FormDataEntryValue | null) =>
  typeof value === "string" && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) ? value : "/admin";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return unlessDatabaseDown(
    formData,
    async () => {
      const headerList = await headers();
      if (
        isCrossSite({
          origin: headerList.get("origin"),
          host: headerList.get("x-forwarded-host") ?? headerList.get("host"),
        })
      ) {
        return errorState(formData, "Refused: this form was sent from another site.");
      }
      const form = readForm(formData, signInSchema);
      if (!form.ok) return form.state;
      const result = await signIn({ ...form.data, ip: await clientAddress() });
      if (!result.ok) return errorState(formData, result.message);
      (await cookies()).set(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: "lax",
        secure: await isHttps(),
        path: "/",
        expires: result.expiresAt,
      });
      redirect(safeNext(formData.get("next")));
    },
    "keep it private",
  );
}

export async function signOutAction(): Promise<void> {
  const cookieStore = await cookies();
  const token = cookieStore.get(SESSION_COOKIE)?.value;
  if (token) await revokeSession(token);
  cookieStore.delete(SESSION_COOKIE);
  redirect("/admin/sign-in");
}
