import type { Metadata } from "next";
import { AccessNotice } from "../../_components/access-notice";
import Link from "next/link";
import { ScrollText } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listAudit } from "@/lib/admin/audit";
import { auditFilterKeys, parseAuditSearch, type AuditFilterKey } from "@/lib/admin/schemas";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { AuditEntries } from "./_components/audit-entries";
import { AuditFilterForm, filtersQuery } from "./_components/audit-filters";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit log · Administration" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageUser("/admin/audit");
  if (!hasRoleAtLeast(actor, "moderator")) return null;
  if (!hasRoleAtLeast(actor, "admin")) {
    return (
      <AccessNotice title="Audit log">
        <p className="text-muted">The audit log is for admins.</p>
      </AccessNotice>
    );
  }
  const params = await searchParams;
  const { filters, errors, cursor } = parseAuditSearch(params);
  const { rows, next, actions, targetTypes } = await listAudit(actor, filters, cursor);
  // Text fields show back what was typed, even a value that was refused; lists show what applies.
  const typed: Partial<Record<AuditFilterKey, string>> = {};
  for (const key of auditFilterKeys) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value) typed[key] = value.slice(0, 254);
  }
  const filtered = Object.keys(filters).length > 0;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description={
          <>
            Every moderation and admin action, and every refused attempt. Entries are never changed
            or removed. Times are UTC.
          </>
        }
      />
      <AuditFilterForm
        values={{ ...typed, action: filters.action, targetType: filters.targetType }}
        errors={errors}
        actions={actions}
        targetTypes={targetTypes}
        filtered={filtered || Object.keys(typed).length > 0}
      />
      {rows.length === 0 ? (
        <EmptyState
          icon={ScrollText}
          title={filtered ? "No entries match these filters" : "No entries yet"}
          description={
            filtered
              ? "Widen the dates, or clear a filter."
              : "Moderation and admin actions appear here as they happen."
          }
          link={
            filtered
              ? { href: "/admin/audit", label: "Clear filters", variant: "secondary" }
              : undefined
          }
        />
      ) : (
        <AuditEntries rows={rows} />
      )}
      {(next || cursor) && (
        <nav aria-label="Pagination" className="flex gap-3">
          {cursor && (
            <Link
              href={`/admin/audit${filtersQuery(filters)}`}
              className={buttonVariants({ variant: "secondary" })}
            >
              First page
            </Link>
          )}
          {next && (
            <Link
              href={`/admin/audit${filtersQuery(filters, { after: next })}`}
              className={buttonVariants({ variant: "secondary" })}
            >
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
