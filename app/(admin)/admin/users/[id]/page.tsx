import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Alert } from "@/components/ui/alert";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getMemberForStaff } from "@/lib/moderation/queries";
import { customUntilBounds, roleLabels } from "@/lib/moderation/schemas";
import { banUserAction, changeRoleAction, restoreUserAction, suspendUserAction } from "../actions";
import {
  formatDate,
  formatDateTime,
  memberStatus,
  suspensionChoices,
} from "../_components/member-status";
import { RoleForm } from "../_components/role-form";
import { SanctionDialog } from "../_components/sanction-dialog";
import {
  AuditTrailSection,
  DecisionsSection,
  ReportsSection,
  SectionSkeleton,
} from "./_components/record-sections";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Member · Administration" };

type Params = Promise<{ id: string }>;

export default async function AdminMemberPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requirePageUser(`/admin/users/${id}`);
  if (!hasRoleAtLeast(actor, "moderator")) return null;
  const member = await getMemberForStaff(actor, id);
  if (!member) notFound();

  const isAdmin = hasRoleAtLeast(actor, "admin");
  const self = member.id === actor.id;
  const status = memberStatus(member);
  const blocked = status.kind === "suspended" || status.kind === "banned";
  // Staff are answerable to admins only; lifting a ban is for admins, as banning is.
  const canSanction = !self && (member.role === "member" || isAdmin);
  const canRestore = canSanction && (status.kind !== "banned" || isAdmin);
  const sanction = blocked ? member.sanction : null;

  return (
    <div className="max-w-3xl space-y-10">
      <PageHeader
        back={{ href: "/admin/users", label: "All members" }}
        title={member.displayName}
        description={
          <>
            {member.email} · @{member.handle} · joined {formatDate(member.createdAt)}
            {member.lastActiveAt ? ` · last active ${formatDate(member.lastActiveAt)}` : ""}
          </>
        }
      />

      <Section id="status" title="Status">
        <p>
          <span className="font-medium">{status.text}</span>
          {status.kind === "suspended" && member.suspendedUntil && (
            <span className="text-muted"> (ends {formatDateTime(member.suspendedUntil)})</span>
          )}
        </p>
        {sanction && (
          <div className="rounded-control bg-surface-muted p-3 text-sm">
            <p>
              <span className="font-medium">Reason they were given:</span> {sanction.reason}
            </p>
            <p className="text-muted">
              {sanction.action === "ban" ? "Banned" : "Suspended"}{" "}
              {sanction.actorName ? `by ${sanction.actorName} ` : ""}on{" "}
              {formatDateTime(sanction.createdAt)}.
            </p>
          </div>
        )}
        {self ? (
          <p className="text-sm text-muted">This is your own account.</p>
        ) : status.kind === "deleting" ? (
          <p className="text-sm text-muted">
            The member asked to delete this account: it is disabled, and erased on the date above
            unless they sign in and keep it.
          </p>
        ) : !canSanction ? (
          <p className="text-sm text-muted">Only an admin can suspend or ban staff.</p>
        ) : (
          <div className="flex flex-wrap gap-2">
            {blocked && canRestore && (
              <SanctionDialog
                mode="restore"
                userId={member.id}
                displayName={member.displayName}
                action={restoreUserAction}
              />
            )}
            {!blocked && (
              <SanctionDialog
                mode="suspend"
                userId={member.id}
                displayName={member.displayName}
                action={suspendUserAction}
                durations={suspensionChoices}
                customBounds={customUntilBounds()}
              />
            )}
            {isAdmin && status.kind !== "banned" && (
              <SanctionDialog
                mode="ban"
                userId={member.id}
                displayName={member.displayName}
                action={banUserAction}
              />
            )}
            {status.kind === "banned" && !isAdmin && (
              <p className="text-sm text-muted">Only an admin can lift a ban.</p>
            )}
          </div>
        )}
      </Section>

      <Section id="role" title="Role">
        <p>
          <span className="font-medium">{roleLabels[member.role]}</span>
        </p>
        {isAdmin ? (
          <>
            {self && (
              <Alert tone="warning" aria-label="Your own role">
                This is your own account: if you step down, you lose access to administration at
                once. Landed always keeps at least one admin.
              </Alert>
            )}
            <RoleForm userId={member.id} role={member.role} action={changeRoleAction} />
          </>
        ) : (
          <p className="text-sm text-muted">Only an admin can change roles.</p>
        )}
      </Section>

      <Suspense fallback={<SectionSkeleton label="Loading reports…" />}>
        <ReportsSection actor={actor} userId={member.id} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Loading decisions…" />}>
        <DecisionsSection actor={actor} userId={member.id} />
      </Suspense>
      {isAdmin && (
        <Suspense fallback={<SectionSkeleton label="Loading the audit trail…" />}>
          <AuditTrailSection actor={actor} userId={member.id} handle={member.handle} />
        </Suspense>
      )}
    </div>
  );
}
