import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
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
      <PageHeader title="Settings" />
      {password === "changed" && (
        <Alert tone="success" aria-label="Password changed">
          Your password was changed. Every other device has been signed out.
        </Alert>
      )}
      <Section id="account" title="Account">
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
      </Section>
      <Section id="password" title={user.passwordHash ? "Change password" : "Set a password"}>
        <ChangePasswordForm hasPassword={Boolean(user.passwordHash)} />
      </Section>
      <Section id="connected" title="Connected accounts">
        <p className="text-sm text-muted">
          Sign in with GitHub, Google, LinkedIn or your organisation&apos;s sign-in, where offered.{" "}
          <Link className="text-accent underline underline-offset-2" href={CONNECTED_ACCOUNTS_PATH}>
            Manage connected accounts
          </Link>
        </p>
      </Section>
      <Section id="devices" title="Devices">
        <p className="text-sm text-muted">
          Lost a phone or used a shared computer? End every session at once.
        </p>
        <SignOutEverywhere />
      </Section>
      <Section id="notifications" title="Notifications" anchor="notifications">
        <p className="text-sm text-muted">
          Choose what shows under the bell in Landed and what we also send to {user.email}. Emails
          always link back here, so you can change your mind.
        </p>
        <NotificationPreferencesForm preferences={preferences} />
      </Section>
      <Section id="data" title="Your data">
        <p className="text-sm text-muted">
          Download everything Landed holds about you, in one file.{" "}
          <Link href="/settings/data" className="text-accent underline underline-offset-4">
            Export your data
          </Link>
        </p>
      </Section>
      <Section id="appearance" title="Appearance">
        <div className="flex items-center gap-3 text-sm">
          <span className="text-muted">Theme</span>
          <ThemeToggle />
        </div>
      </Section>
    </div>
  );
}
