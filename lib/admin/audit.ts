// Reading the audit log (admins only): filters, keyset pages newest first, and each entry's
// before/after turned into a short list of changes. Nothing here writes to the log but denials.
import "server-only";
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { auditLog, users, type User } from "@/db/schema";
import { requireStaffRole } from "@/lib/moderation/authz";
import { decodeAuditCursor, encodeAuditCursor, type AuditFilters } from "./schemas";
import { UUID_PATTERN } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export const AUDIT_PAGE_SIZE = 50;
const MAX_CHANGES = 6;
const MAX_VALUE = 48;

export interface AuditChange {
  key: string;
  /** Null when the key was absent on that side (a value that was created or dropped). */
  before: string | null;
  after: string | null;
}

export interface AuditRow {
  id: number;
  createdAt: Date;
  action: string;
  denied: boolean;
  actor: Pick<User, "id" | "displayName" | "handle"> | null;
  targetType: string;
  targetId: string;
  /** The handle of a user target, for a readable link. */
  targetHandle: string | null;
  targetHref: string | null;
  reason: string | null;
  changes: AuditChange[];
  /** Changed keys left out of `changes` to keep the row short. */
  moreChanges: number;
  /** Metadata as short `key: value` pairs (what a denied attempt tried, and so on). */
  details: { key: string; value: string }[];
  /** A denial row counts every refused attempt of its hour: how many, and the last one. */
  attempts: { count: number; lastAt: Date | null } | null;
}

/** A denial row's counter, kept in its metadata by lib/audit.ts recordDenial. */
function attemptsOf(metadata: Record<string, unknown> | null): AuditRow["attempts"] {
  const count = Number(metadata?.count ?? 1);
  const lastAt = typeof metadata?.lastAt === "string" ? new Date(metadata.lastAt) : null;
  return { count: Number.isFinite(count) ? count : 1, lastAt };
}

export interface AuditPage {
  rows: AuditRow[];
  next?: string;
  /** The distinct actions and target types in the log, for the filter's lists. */
  actions: string[];
  targetTypes: string[];
}

/** What one entry says, as staff read it (the audit log here, a member's trail in their record). */
export const auditEntryColumns = {
  id: auditLog.id,
  createdAt: auditLog.createdAt,
  action: auditLog.action,
  targetType: auditLog.targetType,
  targetId: auditLog.targetId,
  reason: auditLog.reason,
  before: auditLog.before,
  after: auditLog.after,
};

export async function listAudit(
  actor: Actor,
  filters: AuditFilters,
  cursor?: string,
): Promise<AuditPage> {
  await requireStaffRole(actor, "admin", {
    action: "audit.list",
    targetType: "audit_log",
    targetId: "all",
  });
  const actorUser = alias(users, "actor_user");
  const targetUser = alias(users, "target_user");
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.targetType) conditions.push(eq(auditLog.targetType, filters.targetType));
  if (filters.targetId) conditions.push(eq(auditLog.targetId, filters.targetId));
  if (filters.actor) {
    const who = filters.actor.toLowerCase();
    conditions.push(
      sql`(lower(${actorUser.handle}) = ${who} or lower(${actorUser.email}) = ${who})`,
    );
  }
  // Dates are whole UTC days, both ends included.
  if (filters.from) {
    conditions.push(
      gte(auditLog.createdAt, sql`(${filters.from}::date)::timestamp at time zone 'UTC'`),
    );
  }
  if (filters.to) {
    conditions.push(
      lt(auditLog.createdAt, sql`(${filters.to}::date + 1)::timestamp at time zone 'UTC'`),
    );
  }
  const after = decodeAuditCursor(cursor);
  if (after) {
    conditions.push(
      sql`(${auditLog.createdAt}, ${auditLog.id}) < (${after.t}::timestamptz, ${after.id}::bigint)`,
    );
  }

  const [rows, actions, targetTypes] = await Promise.all([
    db
      .select({
        ...auditEntryColumns,
        // As text, so the cursor keeps PostgreSQL's microseconds.
        createdAtText: sql<string>`${auditLog.createdAt}::text`,
        metadata: auditLog.metadata,
        actorId: actorUser.id,
        actorName: actorUser.displayName,
        actorHandle: actorUser.handle,
        targetHandle: targetUser.handle,
      })
      .from(auditLog)
      .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
      // Only user targets name a user; the uuid check keeps the cast from failing on other ids.
      .leftJoin(
        targetUser,
        sql`${targetUser.id} = (case when ${auditLog.targetType} = 'user' and ${auditLog.targetId} ~* ${UUID_PATTERN.source} then ${auditLog.targetId}::uuid end)`,
      )
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE + 1),
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(auditLog.action),
    db.selectDistinct({ value: auditLog.targetType }).from(auditLog).orderBy(auditLog.targetType),
  ]);

  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map((r) => {
      const { changes, more } = diffAudit(r.before, r.after);
      return {
        id: Number(r.id),
        createdAt: r.createdAt,
        action: r.action,
        denied: r.action === "denied",
        actor:
          r.actorId && r.actorName && r.actorHandle
            ? { id: r.actorId, displayName: r.actorName, handle: r.actorHandle }
            : null,
        targetType: r.targetType,
        targetId: r.targetId,
        targetHandle: r.targetHandle,
        targetHref: auditTargetHref(r.targetType, r.targetId, r.targetHandle),
        reason: r.reason,
        changes,
        moreChanges: more,
        details: Object.entries(r.metadata ?? {})
          .filter(([key]) => r.action !== "denied" || (key !== "count" && key !== "lastAt"))
          .slice(0, MAX_CHANGES)
          .map(([key, value]) => ({ key, value: formatAuditValue(value) })),
        attempts: r.action === "denied" ? attemptsOf(r.metadata) : null,
      };
    }),
    next:
      rows.length > AUDIT_PAGE_SIZE && last
        ? encodeAuditCursor({ t: last.createdAtText, id: Number(last.id) })
        : undefined,
    actions: actions.map((a) => a.value),
    targetTypes: targetTypes.map((t) => t.value),
  };
}

/** Where a target can be looked at, when it has a page. */
export function auditTargetHref(
  targetType: string,
  targetId: string,
  targetHandle: string | null,
): string | null {
  const id = encodeURIComponent(targetId);
  switch (targetType) {
    case "user":
      return `/admin/users?q=${encodeURIComponent(targetHandle ?? targetId)}`;
    case "thread":
      return `/community/${id}`;
    case "content":
      return `/library/${id}`;
    default:
      return null;
  }
}

/** The keys whose values differ, as short text; at most `limit`, the rest counted. */
export function diffAudit(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  limit = MAX_CHANGES,
): { changes: AuditChange[]; more: number } {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const all: AuditChange[] = [];
  for (const key of keys) {
    const hasBefore = before != null && Object.hasOwn(before, key);
    const hasAfter = after != null && Object.hasOwn(after, key);
    const b = hasBefore ? before[key] : undefined;
    const a = hasAfter ? after[key] : undefined;
    if (hasBefore && hasAfter && JSON.stringify(b) === JSON.stringify(a)) continue;
    all.push({
      key,
      before: hasBefore ? formatAuditValue(b) : null,
      after: hasAfter ? formatAuditValue(a) : null,
    });
  }
  return { changes: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}

/** One value as a short line of text: never a JSON dump longer than a few words. */
export function formatAuditValue(value: unknown, max = MAX_VALUE): string {
  let text: string;
  if (value === null || value === undefined) text = "none";
  else if (typeof value === "string") text = value === "" ? "(empty)" : shortenTimestamp(value);
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else text = JSON.stringify(value) ?? String(value);
  text = text.replace(/\s+/g, " ");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "2026-03-01T10:00:00.000Z" reads as "2026-03-01 10:00 UTC". */
function shortenTimestamp(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]00(:?00)?)$/.exec(value);
  return m ? `${m[1]} ${m[2]} UTC` : value;
}
