import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/schemas";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { oauthErrorMessage } from "@/lib/auth/sign-in-errors";
import { SignInForm } from "../_components/sign-in-form";
import { OAuthButtons } from "../_components/oauth-buttons";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, string> = {
  verified: "Your email is confirmed. Sign in to continue.",
  reset:
    "Your password was changed and every device was signed out. Sign in with your new password.",
  everywhere: "You were signed out on every device.",
};

type Search = Promise<{
  next?: string;
  verified?: string;
  reset?: string;
  signedOut?: string;
  error?: string;
}>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const next = params.next ? safeNextPath(params.next) : undefined;
  if (await getCurrentUser()) redirect(next ?? "/feed");
  const notice = params.verified
    ? notices.verified
    : params.reset
      ? notices.reset
      : params.signedOut === "everywhere"
        ? notices.everywhere
        : undefined;
  const oauthError = oauthErrorMessage(params.error);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to Landed</h1>
      <p className="mt-1 text-sm text-muted">
        New here?{" "}
        <Link className="text-accent underline underline-offset-2" href="/sign-up">
          Create an account
        </Link>
      </p>
      <div className="mt-6 space-y-4">
        {notice && (
          <Alert tone="success" aria-label="Notice">
            {notice}
          </Alert>
        )}
        {oauthError && (
          <Alert tone="danger" aria-label="Sign-in error">
            {oauthError}
          </Alert>
        )}
        <SignInForm next={next} />
        <p className="text-sm">
          <Link className="text-accent underline underline-offset-2" href="/forgot-password">
            Forgot your password?
          </Link>
        </p>
        <OAuthButtons providers={enabledOAuthProviders()} next={next} />
      </div>
    </>
  );
}
