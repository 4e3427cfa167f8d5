import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/schemas";
import {
  ACCEPT_POLICIES_PATH,
  changesSince,
  CURRENT_POLICY_VERSION,
  needsPolicyAcceptance,
  versionDate,
} from "@/lib/policies/versions";
import { AcceptPoliciesForm } from "./_components/accept-policies-form";

export const metadata: Metadata = { title: "Accept the terms" };

const linkClass = "text-accent underline underline-offset-2 hover:text-accent-hover";

export default async function AcceptPoliciesPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const next = safeNextPath((await searchParams).next);
  const user = await getCurrentUser();
  if (!user) {
    redirect(
      `/sign-in?next=${encodeURIComponent(`${ACCEPT_POLICIES_PATH}?next=${encodeURIComponent(next)}`)}`,
    );
  }
  if (!needsPolicyAcceptance(user)) redirect(next);
  const first = user.policyVersion === null;
  const changes = changesSince(user.policyVersion);

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">
        {first ? "Before you go on" : "We updated our terms"}
      </h1>
      <p className="mt-2 text-sm text-muted">
        {first
          ? "Please read and accept Landed's terms, privacy notice and community guidelines. They say what we keep about you, who sees it, and the rules everyone here follows."
          : `The terms, privacy notice and community guidelines have a new version, dated ${versionDate(CURRENT_POLICY_VERSION)}. Please accept it to keep using Landed.`}
      </p>
      {!first && (
        <section aria-labelledby="changes-heading" className="mt-6 space-y-2">
          <h2 id="changes-heading" className="font-semibold">
            What changed
          </h2>
          {changes.map((v) => (
            <div key={v.version} className="space-y-1 text-sm">
              <p className="text-muted">{versionDate(v.version)}</p>
              <ul className="list-disc space-y-1 pl-5">
                {v.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <ul className="mt-6 space-y-1 text-sm">
        <li>
          <Link href="/terms" className={linkClass}>
            Terms of use
          </Link>
        </li>
        <li>
          <Link href="/privacy" className={linkClass}>
            Privacy notice
          </Link>
        </li>
        <li>
          <Link href="/guidelines" className={linkClass}>
            Community guidelines
          </Link>
        </li>
      </ul>
      <div className="mt-6">
        <AcceptPoliciesForm next={next} />
      </div>
      <p className="mt-6 text-xs text-muted">
        If you do not accept, you can sign out from the account menu. Your data stays yours: you can
        still export it or delete your account in{" "}
        <Link href="/settings/data" className={linkClass}>
          Settings → Your data
        </Link>
        .
      </p>
    </>
  );
}
