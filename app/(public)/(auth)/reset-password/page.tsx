import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { tokenSchema } from "@/lib/auth/schemas";
import { ResetPasswordForm } from "../_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  const valid = tokenSchema.safeParse(token);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
      <div className="mt-6">
        {valid.success ? (
          <ResetPasswordForm token={valid.data} />
        ) : (
          <Alert tone="danger" aria-label="Link problem">
            This reset link is incomplete or damaged.{" "}
            <Link className="underline" href="/forgot-password">
              Request a new one
            </Link>
            .
          </Alert>
        )}
      </div>
    </>
  );
}
