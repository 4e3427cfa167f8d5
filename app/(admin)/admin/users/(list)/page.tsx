import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { Users } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { FilterSelect } from "@/components/filters/filter-select";
import { Label } from "@/components/ui/label";
import { requirePageUser } from "@/lib/auth/session";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { listUsersForStaff } from "@/lib/moderation/queries";
import {
  customUntilBounds,
  memberListSearchSchema,
  memberStatusFilters,
  memberStatusLabels,
  roleLabels,
  staffRoles,
} from "@/lib/moderation/schemas";
import { restoreUserAction, suspendUserAction } from "../actions";
import { memberStatus, suspensionChoices } from "../_components/member-status";
import { SanctionDialog } from "../_components/sanction-dialog";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Members · Administration" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminUsersPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageUser("/admin/users");
  if (!hasRoleAtLeast(actor, "moderator")) return null;
  const { q: query, role, status, after } = memberListSearchSchema.parse(await searchParams);
  const { rows, next } = await listUsersForStaff(actor, {
    query,
    role,
    status,
    cursor: after,
  });
  const filters = {
    ...(query ? { q: query } : {}),
    ...(role ? { role } : {}),
    ...(status ? { status } : {}),
  };
  const filtered = Object.keys(filters).length > 0;
  const customBounds = customUntilBounds();
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Members"
        description={
          <>
            Find a member to see their reports, sanctions and history, or to suspend or restore
            their account.
          </>
        }
      />
      <form
        role="search"
        aria-label="Members"
        className="flex flex-wrap items-end gap-3"
        action="/admin/users"
      >
        <div className="flex min-w-56 flex-1 flex-col gap-1.5 sm:max-w-sm">
          <Label htmlFor="member-search">Name, email or handle</Label>
          <Input id="member-search" name="q" type="search" defaultValue={query} />
        </div>
        <FilterSelect
          id="member-role"
          name="role"
          label="Role"
          value={role}
          anyLabel="Any role"
          options={staffRoles.map((r) => ({ value: r, label: roleLabels[r] }))}
        />
        <FilterSelect
          id="member-status"
          name="status"
          label="Status"
          value={status}
          anyLabel="Any status"
          options={memberStatusFilters.map((s) => ({ value: s, label: memberStatusLabels[s] }))}
        />
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Search
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState
          icon={Users}
          title={
            query
              ? `No member matches “${query}”`
              : filtered
                ? "No member matches"
                : "No members yet"
          }
          description={
            filtered
              ? "Check the spelling, search by email instead, or loosen the filters."
              : "Members appear here as they sign up."
          }
          link={
            filtered
              ? { href: "/admin/users", label: "Clear the search", variant: "secondary" }
              : undefined
          }
        />
      ) : (
        <DataTable
          label="Members table"
          caption="Members, newest first"
          columns={[
            "Member",
            "Role",
            "Status",
            "Joined",
            <span key="actions" className="sr-only">
              Actions
            </span>,
          ]}
          tableClassName="min-w-[40rem]"
        >
          <tbody>
            {rows.map((u) => {
              const state = memberStatus(u, now);
              const blocked = state.kind === "suspended" || state.kind === "banned";
              const canAct = u.id !== actor.id && (u.role === "member" || actor.role === "admin");
              // Lifting a ban is for admins, as banning is.
              const canRestore = canAct && (state.kind !== "banned" || actor.role === "admin");
              return (
                <tr key={u.id} className="border-t border-border">
                  <td className="px-3 py-2">
                    <Link
                      href={`/admin/users/${u.id}`}
                      className="block font-medium text-accent underline-offset-4 hover:underline"
                    >
                      {u.displayName}
                    </Link>
                    <span className="block text-muted">{u.email}</span>
                  </td>
                  <td className="px-3 py-2">{roleLabels[u.role]}</td>
                  <td className="px-3 py-2">{state.text}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {u.createdAt.toISOString().slice(0, 10)}
                  </td>
                  <td className="px-3 py-2 text-right">
                    {blocked
                      ? canRestore && (
                          <SanctionDialog
                            mode="restore"
                            userId={u.id}
                            displayName={u.displayName}
                            action={restoreUserAction}
                          />
                        )
                      : canAct && (
                          <SanctionDialog
                            mode="suspend"
                            userId={u.id}
                            displayName={u.displayName}
                            action={suspendUserAction}
                            durations={suspensionChoices}
                            customBounds={customBounds}
                          />
                        )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {(next || after) && (
        <nav aria-label="Pagination" className="flex gap-3">
          {after && (
            <Link
              href={`/admin/users${filtered ? `?${new URLSearchParams(filters)}` : ""}`}
              className={buttonVariants({ variant: "secondary" })}
            >
              First page
            </Link>
          )}
          {next && (
            <Link
              href={`/admin/users?${new URLSearchParams({ ...filters, after: next })}`}
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
