import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { listConnectedAccounts } from "@/lib/auth/connected-accounts";
import { STALE_SIGN_IN_MESSAGE } from "@/lib/auth/reauth";
import { CONNECTED_ACCOUNTS_PATH } from "@/lib/auth/routes";
import { requirePageUser } from "@/lib/auth/session";
import { linkErrorMessage } from "@/lib/auth/sign-in-errors";
import { ProviderDialog } from "./_components/provider-dialog";

export const metadata: Metadata = { title: "Connected accounts" };

const dateFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

export default async function ConnectedAccountsPage({
  searchParams,
}: {
  searchParams: Promise<{ linked?: string; error?: string }>;
}) {
  const user = await requirePageUser(CONNECTED_ACCOUNTS_PATH);
  const params = await searchParams;
  const { providers, hasPassword, reauth, onlyWayIn } = await listConnectedAccounts(user);
  const justLinked = providers.find((p) => p.id === params.linked && p.linkedAt);
  const refusal = linkErrorMessage(params.error);
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link className="text-accent underline underline-offset-2" href="/settings">
          Settings
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">Connected accounts</h1>
      <p className="text-sm text-muted">
        Sign in to Landed with another service{hasPassword ? " as well as your password" : ""}.
        Linking or unlinking one asks who you are again.
      </p>
      {justLinked && (
        <Alert tone="success" aria-label="Account linked">
          {justLinked.name} is linked: you can now sign in with it.
        </Alert>
      )}
      {refusal && (
        <Alert tone="danger" aria-label="Link refused">
          {refusal}
        </Alert>
      )}
      {!hasPassword && (
        <Alert tone="info" title="Your account has no password">
          You sign in with a provider below. To add a password, use{" "}
          <Link className="text-accent underline underline-offset-2" href="/forgot-password">
            Forgot your password?
          </Link>{" "}
          and we will email you a link, or set one in{" "}
          <Link className="text-accent underline underline-offset-2" href="/settings">
            Settings
          </Link>
          .
        </Alert>
      )}
      {reauth === "stale" && (
        <Alert tone="warning" aria-label="Sign in again">
          {STALE_SIGN_IN_MESSAGE}
        </Alert>
      )}
      {providers.length === 0 ? (
        <EmptyState
          title="No other ways to sign in here"
          description="This Landed offers no sign-in with other services: use your email and password."
        />
      ) : (
        <ul className="divide-y divide-border rounded-card border border-border">
          {providers.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <h2 className="font-medium">{p.name}</h2>
                <p className="text-sm text-muted">
                  {p.linkedAt ? `Linked on ${dateFormat.format(p.linkedAt)}` : "Not linked"}
                  {!p.enabled && " · no longer offered here"}
                </p>
              </div>
              {p.linkedAt && onlyWayIn ? (
                <p className="text-sm text-muted">Your only way to sign in: it stays linked.</p>
              ) : reauth === "stale" || (!p.linkedAt && !p.enabled) ? null : (
                <ProviderDialog
                  mode={p.linkedAt ? "unlink" : "link"}
                  provider={p.id}
                  name={p.name}
                  askPassword={reauth === "password"}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
