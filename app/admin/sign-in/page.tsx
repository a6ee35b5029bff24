import type { Metadata } from "next";
import { SignInFormClient } from "@/components/admin/sign-in-form-client";
import type { QueryParams } from "@/lib/validations/admin-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<QueryParams> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  // The action accepts only an admin path (signInAction's safeNext); anything else goes to /admin.
  return (
    <>
      <h1>Sign in to the admin</h1>
      <p className="lede">For editors and admins of Treaty Tracker. Every change is recorded under your name.</p>
      <SignInFormClient next={typeof next === "string" ? next.slice(0, 500) : "/admin"} />
    </>
  );
}
