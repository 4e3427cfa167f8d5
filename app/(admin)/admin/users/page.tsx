import type { Metadata } from "next";
import Link from "next/link";
import { Users } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { requirePageUser } from "@/lib/auth/session";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { accountBlock } from "@/lib/auth/accounts";
import { listUsersForStaff } from "@/lib/moderation/queries";
import { suspensionDurations } from "@/lib/moderation/schemas";
import { restoreUserAction, suspendUserAction } from "./actions";
import { SanctionDialog } from "./_components/sanction-dialog";

export const metadata: Metadata = { title: "Members · Administration" };

const durations = Object.entries(suspensionDurations).map(([value, d]) => ({
  value,
  label: d.label,
}));

type Search = Promise<{ q?: string; after?: string }>;

export default async function AdminUsersPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageUser("/admin/users");
  if (!hasRoleAtLeast(actor, "moderator")) return null;
  const { q, after } = await searchParams;
  const query = q?.slice(0, 100);
  const { rows, next } = await listUsersForStaff(actor, { query, cursor: after });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
        <p className="mt-1 text-muted">Find a member, and suspend or restore their account.</p>
      </header>
      <form role="search" className="flex max-w-lg gap-2" action="/admin/users">
        <label htmlFor="member-search" className="sr-only">
          Search by name, email or handle
        </label>
        <Input
          id="member-search"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Name, email or handle"
        />
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Search
        </button>
      </form>
      {rows.length === 0 ? (
        <EmptyState
          icon={Users}
          title={query ? `No member matches “${query}”` : "No members yet"}
          description={
            query
              ? "Check the spelling, or search by email instead."
              : "Members appear here as they sign up."
          }
          action={
            query ? (
              <Link href="/admin/users" className={buttonVariants({ variant: "secondary" })}>
                Clear the search
              </Link>
            ) : undefined
          }
        />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Members, newest first</caption>
            <thead className="bg-surface-muted text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Member
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Role
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Joined
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => {
                const block = accountBlock(u);
                const canAct = u.id !== actor.id && (u.role === "member" || actor.role === "admin");
                return (
                  <tr key={u.id} className="border-t border-border">
                    <td className="px-3 py-2">
                      <span className="block font-medium">{u.displayName}</span>
                      <span className="block text-muted">{u.email}</span>
                    </td>
                    <td className="px-3 py-2 capitalize">{u.role}</td>
                    <td className="px-3 py-2">
                      {block
                        ? block.until
                          ? `Suspended until ${block.until.toISOString().slice(0, 10)}`
                          : block.reason === "banned"
                            ? "Banned"
                            : "Suspended"
                        : u.emailVerifiedAt
                          ? "Active"
                          : "Email not confirmed"}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {u.createdAt.toISOString().slice(0, 10)}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {canAct &&
                        (block ? (
                          <SanctionDialog
                            mode="restore"
                            userId={u.id}
                            displayName={u.displayName}
                            action={restoreUserAction}
                            durations={durations}
                          />
                        ) : (
                          <SanctionDialog
                            mode="suspend"
                            userId={u.id}
                            displayName={u.displayName}
                            action={suspendUserAction}
                            durations={durations}
                          />
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {(next || after) && (
        <nav aria-label="Pagination" className="flex gap-3">
          {after && (
            <Link
              href={`/admin/users${query ? `?q=${encodeURIComponent(query)}` : ""}`}
              className={buttonVariants({ variant: "secondary" })}
            >
              First page
            </Link>
          )}
          {next && (
            <Link
              href={`/admin/users?${new URLSearchParams({ ...(query ? { q: query } : {}), after: next })}`}
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
