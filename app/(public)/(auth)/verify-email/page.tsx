import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { tokenSchema } from "@/lib/auth/schemas";
import { VerifyEmailForm } from "../_components/verify-email-form";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  const valid = tokenSchema.safeParse(token);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Confirm your email</h1>
      <p className="mt-1 text-sm text-muted">One click and your account is ready.</p>
      <div className="mt-6">
        {valid.success ? (
          <VerifyEmailForm token={valid.data} />
        ) : (
          <Alert tone="danger" aria-label="Link problem">
            This confirmation link is incomplete or damaged. Try{" "}
            <Link className="underline" href="/sign-in">
              signing in
            </Link>{" "}
            to get a new one.
          </Alert>
        )}
      </div>
    </>
  );
}
