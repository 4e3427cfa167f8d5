import type { Metadata } from "next";
import Link from "next/link";
import { fullDate } from "@/lib/community/format";
import { APPEAL_LINK_DAYS } from "@/lib/moderation/appeal-token";
import { decisionForAppealToken } from "@/lib/moderation/appeals";
import { AppealForm } from "@/components/moderation/appeal-form";
import { tokenAppealAction } from "./actions";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Appeal a decision", robots: { index: false } };

const what = {
  suspend: "suspended",
  ban: "closed",
  hide: "hidden",
  remove: "removed",
  warn: "warned",
};

export default async function AppealPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const t = typeof token === "string" ? token : undefined;
  const decision = await decisionForAppealToken(t);
  if (!decision || !t) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">This link does not work</h1>
        <p className="text-muted">
          Appeal links work for {APPEAL_LINK_DAYS} days and only for the decision they were sent
          for. If you can still sign in, appeal from{" "}
          <Link href="/moderation" className="text-accent underline underline-offset-4">
            your moderation page
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <PageHeader title="Appeal a decision">
        <p className="text-sm text-muted">
          {decision.subjectName}, your account was {what[decision.action]} on{" "}
          {fullDate(decision.createdAt)}
          {decision.until ? `, until ${fullDate(decision.until)}` : ""}.
        </p>
        <p className="rounded-control bg-surface-muted p-3 text-sm">
          <span className="font-medium">Reason: </span>
          {decision.reason}
        </p>
      </PageHeader>
      {decision.reversedAt ? (
        <p className="text-sm">This decision was reversed: you can sign in again.</p>
      ) : decision.appeal ? (
        <p className="text-sm">
          {decision.appeal.status === "open"
            ? "Your appeal is waiting for a moderator."
            : decision.appeal.status === "overturned"
              ? "Your appeal was accepted."
              : `Your appeal was declined: ${decision.appeal.response ?? ""}`}
        </p>
      ) : (
        <AppealForm action={tokenAppealAction} fields={{ token: t }} rows={5} />
      )}
    </div>
  );
}
