import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "../_components/forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Reset your password</h1>
      <p className="mt-1 text-sm text-muted">
        Enter the email you signed up with and we will send you a link.
      </p>
      <div className="mt-6">
        <ForgotPasswordForm />
      </div>
      <p className="mt-6 text-sm">
        <Link className="text-accent underline underline-offset-2" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
