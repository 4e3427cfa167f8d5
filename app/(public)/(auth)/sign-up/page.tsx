import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { getCurrentUser } from "@/lib/auth/session";
import { OAuthButtons } from "../_components/oauth-buttons";
import { SignUpForm } from "../_components/sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/feed");
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Create your Landed account</h1>
      <p className="mt-1 text-sm text-muted">
        Already a member?{" "}
        <Link className="text-accent underline underline-offset-2" href="/sign-in">
          Sign in
        </Link>
      </p>
      <div className="mt-6 space-y-4">
        <SignUpForm />
        <OAuthButtons
          providers={enabledOAuthProviders()}
          verb="Sign up with"
          intro="Or sign up with another service (it must have confirmed your email address)"
        />
      </div>
      <p className="mt-6 text-xs text-muted">
        We will never ask for your receipt numbers, A-number or passport number. Your case details
        stay private unless you choose to share them.
      </p>
    </>
  );
}
