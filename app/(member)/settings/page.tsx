import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { CONNECTED_ACCOUNTS_PATH } from "@/lib/auth/routes";
import { requirePageUser } from "@/lib/auth/session";
import { getPreferences } from "@/lib/notifications/queries";
import { ChangePasswordForm } from "./_components/change-password-form";
import { NotificationPreferencesForm } from "./_components/notification-preferences-form";
import { SignOutEverywhere } from "./_components/sign-out-everywhere";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ password?: string }>;
}) {
  const user = await requirePageUser("/settings");
  const { password } = await searchParams;
  const preferences = await getPreferences(user);
  return (
    <div className="max-w-3xl space-y-10">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      {password === "changed" && (
        <Alert tone="success" aria-label="Password changed">
          Your password was changed. Every other device has been signed out.
        </Alert>
      )}
      <section aria-labelledby="account-heading" className="space-y-3">
        <h2 id="account-heading" className="text-lg font-semibold">
          Account
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-muted">Name</dt>
          <dd>{user.displayName}</dd>
          <dt className="text-muted">Email</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="text-muted">Handle</dt>
          <dd>@{user.handle}</dd>
          <dt className="text-muted">Member since</dt>
          <dd>
            {user.createdAt.toLocaleDateString("en-US", {
              year: "numeric",
              month: "long",
              day: "numeric",
            })}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          {user.passwordHash ? "Change password" : "Set a password"}
        </h2>
        <ChangePasswordForm hasPassword={Boolean(user.passwordHash)} />
      </section>
      <section aria-labelledby="connected-heading" className="space-y-3">
        <h2 id="connected-heading" className="text-lg font-semibold">
          Connected accounts
        </h2>
        <p className="text-sm text-muted">
          Sign in with GitHub, Google, LinkedIn or your organisation&apos;s sign-in, where offered.{" "}
          <Link className="text-accent underline underline-offset-2" href={CONNECTED_ACCOUNTS_PATH}>
            Manage connected accounts
          </Link>
        </p>
      </section>
      <section aria-labelledby="devices-heading" className="space-y-3">
        <h2 id="devices-heading" className="text-lg font-semibold">
          Devices
        </h2>
        <p className="text-sm text-muted">
          Lost a phone or used a shared computer? End every session at once.
        </p>
        <SignOutEverywhere />
      </section>
      <section id="notifications" aria-labelledby="notifications-heading" className="space-y-3">
        <h2 id="notifications-heading" className="text-lg font-semibold">
          Notifications
        </h2>
        <p className="text-sm text-muted">
          Choose what shows under the bell in Landed and what we also send to {user.email}. Emails
          always link back here, so you can change your mind.
        </p>
        <NotificationPreferencesForm preferences={preferences} />
      </section>
      <section aria-labelledby="data-heading" className="space-y-3">
        <h2 id="data-heading" className="text-lg font-semibold">
          Your data
        </h2>
        <p className="text-sm text-muted">
          Download everything Landed holds about you, in one file.{" "}
          <Link href="/settings/data" className="text-accent underline underline-offset-4">
            Export your data
          </Link>
        </p>
      </section>
      <section aria-labelledby="appearance-heading" className="space-y-3">
        <h2 id="appearance-heading" className="text-lg font-semibold">
          Appearance
        </h2>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-muted">Theme</span>
          <ThemeToggle />
        </div>
      </section>
    </div>
  );
}
