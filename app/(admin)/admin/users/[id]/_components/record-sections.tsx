// The slower parts of a member's page, streamed: reports against and by them, the decisions that
// affected them, and (for admins) their audit trail.
import Link from "next/link";
import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { ReportTargetType } from "@/lib/moderation/vocabulary";
import { reportReasonLabels, reportTargetLabels } from "@/lib/moderation/vocabulary";
import {
  listMemberAuditTrail,
  listMemberDecisions,
  listMemberReports,
  RECORD_ROWS_SHOWN,
  type MemberReportRow,
} from "@/lib/moderation/queries";
import { formatDate, formatDateTime } from "../../_components/member-status";
import type { Actor } from "@/lib/auth/actor";

interface SectionProps {
  actor: Actor;
  userId: string;
}

export function SectionSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-3">
      <p role="status" className="sr-only">
        {label}
      </p>
      <Skeleton className="h-6 w-48" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-3/4" />
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-control border border-dashed border-border-strong p-4 text-sm text-muted">
      {children}
    </p>
  );
}

function Records({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className="divide-y divide-border rounded-control border border-border">
      {children}
    </ul>
  );
}

const reportStatusLabels = { open: "Open", dismissed: "Dismissed", actioned: "Acted on" };

/** Threads and library items have addresses of their own; other targets are described. */
function targetHref(type: ReportTargetType, id: string): string | null {
  if (type === "thread") return `/community/${id}`;
  if (type === "content") return `/library/${id}`;
  return null;
}

function ReportItem({ report, otherRole }: { report: MemberReportRow; otherRole: string }) {
  const href = targetHref(report.targetType, report.targetId);
  const target = reportTargetLabels[report.targetType];
  return (
    <li className="space-y-1 p-3 text-sm">
      <p>
        <span className="font-medium">{reportReasonLabels[report.reason]}</span> on a{" "}
        {href ? (
          <Link href={href} className="text-accent underline underline-offset-4">
            {target}
          </Link>
        ) : (
          target
        )}
      </p>
      {report.details && <p className="whitespace-pre-wrap text-muted">{report.details}</p>}
      <p className="text-muted">
        {reportStatusLabels[report.status]} · {formatDate(report.createdAt)}
        {report.otherId && report.otherName && (
          <>
            {" "}
            · {otherRole}{" "}
            <Link
              href={`/admin/users/${report.otherId}`}
              className="text-accent underline underline-offset-4"
            >
              {report.otherName}
            </Link>
          </>
        )}
      </p>
    </li>
  );
}

export async function ReportsSection({ actor, userId }: SectionProps) {
  const { against, by } = await listMemberReports(actor, userId);
  const more = `Showing the latest ${RECORD_ROWS_SHOWN}.`;
  return (
    <Section id="reports-heading" title="Reports">
      <h3 className="font-medium">Against them</h3>
      {against.length === 0 ? (
        <Empty>No one has reported anything they wrote.</Empty>
      ) : (
        <Records label="Reports against them">
          {against.map((r) => (
            <ReportItem key={r.id} report={r} otherRole="reported by" />
          ))}
        </Records>
      )}
      {against.length === RECORD_ROWS_SHOWN && <p className="text-sm text-muted">{more}</p>}
      <h3 className="font-medium">By them</h3>
      {by.length === 0 ? (
        <Empty>They have not reported anything.</Empty>
      ) : (
        <Records label="Reports by them">
          {by.map((r) => (
            <ReportItem key={r.id} report={r} otherRole="written by" />
          ))}
        </Records>
      )}
      {by.length === RECORD_ROWS_SHOWN && <p className="text-sm text-muted">{more}</p>}
    </Section>
  );
}

const decisionLabels = {
  hide: "Content hidden",
  remove: "Content removed",
  warn: "Warning",
  suspend: "Suspension",
  ban: "Ban",
};

export async function DecisionsSection({ actor, userId }: SectionProps) {
  const decisions = await listMemberDecisions(actor, userId);
  return (
    <Section id="decisions-heading" title="Decisions and sanctions">
      {decisions.length === 0 ? (
        <Empty>No moderation decision has affected them.</Empty>
      ) : (
        <Records label="Decisions">
          {decisions.map((d) => (
            <li key={d.id} className="space-y-1 p-3 text-sm">
              <p>
                <span className="font-medium">{decisionLabels[d.action]}</span>
                {d.action === "suspend" &&
                  (d.until ? ` until ${formatDateTime(d.until)}` : " until restored")}
                {d.targetType ? ` (${reportTargetLabels[d.targetType]})` : ""}
              </p>
              <p>{d.reason}</p>
              <p className="text-muted">
                {formatDateTime(d.createdAt)}
                {d.actorName ? ` · by ${d.actorName}` : ""}
                {d.reversedAt ? ` · no longer in force since ${formatDate(d.reversedAt)}` : ""}
              </p>
            </li>
          ))}
        </Records>
      )}
    </Section>
  );
}

const auditLabels: Record<string, string> = {
  "user.suspend": "Suspended",
  "user.ban": "Banned",
  "user.restore": "Restored",
  "user.role_change": "Role changed",
  denied: "Refused attempt",
};

function change(before: unknown, after: unknown): string | null {
  const b = before as Record<string, unknown> | null;
  const a = after as Record<string, unknown> | null;
  if (b && a && typeof b.role === "string" && typeof a.role === "string")
    return `${b.role} → ${a.role}`;
  if (b && a && typeof b.status === "string" && typeof a.status === "string")
    return `${b.status} → ${a.status}`;
  return null;
}

export async function AuditTrailSection({
  actor,
  userId,
  handle,
}: SectionProps & { handle: string }) {
  const { rows, more } = await listMemberAuditTrail(actor, userId);
  // The audit log filters by target and by actor separately (its own query-string names).
  const fullLog = (
    <span className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <Link
        href={`/admin/audit?${new URLSearchParams({ targetType: "user", targetId: userId })}`}
        className="text-accent underline underline-offset-4"
      >
        See all in the audit log
      </Link>
      <Link
        href={`/admin/audit?${new URLSearchParams({ actor: handle })}`}
        className="text-accent underline underline-offset-4"
      >
        Everything they did
      </Link>
    </span>
  );
  return (
    <Section id="audit-heading" title="Audit trail">
      <p className="text-sm text-muted">What was done to this account, and what they did.</p>
      {rows.length === 0 ? (
        <Empty>Nothing has been recorded about this account yet.</Empty>
      ) : (
        <Records label="Audit trail">
          {rows.map((e) => {
            const about = e.targetType === "user" && e.targetId === userId;
            const what = change(e.before, e.after);
            return (
              <li key={e.id} className="space-y-1 p-3 text-sm">
                <p>
                  <span className="font-medium">{auditLabels[e.action] ?? e.action}</span>
                  {what ? ` (${what})` : ""}
                  {!about && <span className="text-muted"> · on {e.targetType}</span>}
                </p>
                {e.reason && <p>{e.reason}</p>}
                <p className="text-muted">
                  {formatDateTime(e.createdAt)}
                  {e.actorId === userId ? " · by them" : e.actorName ? ` · by ${e.actorName}` : ""}
                </p>
              </li>
            );
          })}
        </Records>
      )}
      {(more || rows.length > 0) && <p>{fullLog}</p>}
    </Section>
  );
}
