// Staff reads of members: the list (keyset-paginated, newest first) and one member's record:
// reports against and by them, the decisions that affected them, and their audit trail.
import "server-only";
import {
  aliasedTable,
  and,
  desc,
  eq,
  ilike,
  isNotNull,
  isNull,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { accountUsableSql } from "@/lib/auth/usable";
import {
  auditLog,
  moderationDecisions,
  reports,
  users,
  type AuditEntry,
  type ModerationDecision,
  type Report,
  type User,
  type UserRole,
} from "@/db/schema";
import { auditEntryColumns } from "@/lib/admin/audit";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { requireStaffRole } from "./authz";
import type { MemberStatusFilter } from "./schemas";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export const USERS_PAGE_SIZE = 25;
export const RECORD_ROWS_SHOWN = 20;

export type StaffUserRow = Pick<
  User,
  | "id"
  | "email"
  | "handle"
  | "displayName"
  | "role"
  | "status"
  | "suspendedUntil"
  | "createdAt"
  | "lastActiveAt"
  | "emailVerifiedAt"
  | "deletionDueAt"
>;

const staffUserColumns = {
  id: users.id,
  email: users.email,
  handle: users.handle,
  displayName: users.displayName,
  role: users.role,
  status: users.status,
  suspendedUntil: users.suspendedUntil,
  createdAt: users.createdAt,
  lastActiveAt: users.lastActiveAt,
  emailVerifiedAt: users.emailVerifiedAt,
  deletionDueAt: users.deletionDueAt,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function statusCondition(status: MemberStatusFilter): SQL {
  switch (status) {
    case "banned":
      return eq(users.status, "banned");
    case "suspended":
      return sql`(${users.status} = 'suspended' and (${users.suspendedUntil} is null or ${users.suspendedUntil} > now()))`;
    case "active":
      return and(accountUsableSql(), isNotNull(users.emailVerifiedAt))!;
    case "unconfirmed":
      return and(accountUsableSql(), isNull(users.emailVerifiedAt))!;
  }
}

function viewing(userId: string) {
  return { action: "user.view", targetType: "user", targetId: userId };
}

export async function listUsersForStaff(
  actor: Actor,
  options: { query?: string; cursor?: string; role?: UserRole; status?: MemberStatusFilter },
): Promise<{ rows: StaffUserRow[]; next?: string }> {
  await requireStaffRole(actor, "moderator", {
    action: "user.list",
    targetType: "user",
    targetId: "*",
  });
  const conditions: SQL[] = [];
  const q = options.query?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(
      or(
        ilike(users.email, pattern),
        ilike(users.displayName, pattern),
        ilike(users.handle, pattern),
      )!,
    );
  }
  if (options.role) conditions.push(eq(users.role, options.role));
  if (options.status) conditions.push(statusCondition(options.status));
  const after = decodeCursor(options.cursor);
  if (after?.k === "time") {
    conditions.push(
      sql`(${users.createdAt} < ${after.t}::timestamptz or (${users.createdAt} = ${after.t}::timestamptz and ${users.id} < ${after.id}))`,
    );
  }
  const rows = await db
    .select({
      ...staffUserColumns,
      // As text, so the cursor keeps PostgreSQL's microseconds.
      createdAtText: sql<string>`${users.createdAt}::text`,
    })
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(USERS_PAGE_SIZE + 1);
  const page = rows.slice(0, USERS_PAGE_SIZE).map(({ createdAtText: _, ...row }) => row);
  const last = rows[page.length - 1];
  return {
    rows: page,
    next:
      rows.length > USERS_PAGE_SIZE && last
        ? encodeCursor({ k: "time", t: last.createdAtText, id: last.id })
        : undefined,
  };
}

export interface MemberRecord extends StaffUserRow {
  /** The suspension or ban in force, with the reason the person was given. */
  sanction:
    | (Pick<ModerationDecision, "id" | "action" | "reason" | "until" | "createdAt"> & {
        actorName: string | null;
      })
    | null;
}

/** One member as staff see them, or null when there is no such member. */
export async function getMemberForStaff(
  actor: Actor,
  userId: string,
): Promise<MemberRecord | null> {
  await requireStaffRole(actor, "moderator", viewing(userId));
  if (!isUuid(userId)) return null;
  const [user] = await db.select(staffUserColumns).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const decider = aliasedTable(users, "decider");
  const [sanction] =
    user.status === "active"
      ? []
      : await db
          .select({
            id: moderationDecisions.id,
            action: moderationDecisions.action,
            reason: moderationDecisions.reason,
            until: moderationDecisions.until,
            createdAt: moderationDecisions.createdAt,
            actorName: decider.displayName,
          })
          .from(moderationDecisions)
          .leftJoin(decider, eq(decider.id, moderationDecisions.actorId))
          .where(
            and(
              eq(moderationDecisions.subjectUserId, userId),
              eq(moderationDecisions.action, user.status === "banned" ? "ban" : "suspend"),
              isNull(moderationDecisions.reversedAt),
            ),
          )
          .orderBy(desc(moderationDecisions.createdAt))
          .limit(1);
  return { ...user, sanction: sanction ?? null };
}

export type MemberReportRow = Pick<
  Report,
  "id" | "targetType" | "targetId" | "reason" | "details" | "status" | "createdAt"
> & {
  /** Against them: who reported. By them: whose thing it was. */
  otherId: string | null;
  otherName: string | null;
};

/** Reports against the member (on things they wrote) and by them, newest first. */
export async function listMemberReports(
  actor: Actor,
  userId: string,
): Promise<{ against: MemberReportRow[]; by: MemberReportRow[] }> {
  await requireStaffRole(actor, "moderator", viewing(userId));
  const other = aliasedTable(users, "other");
  const columns = {
    id: reports.id,
    targetType: reports.targetType,
    targetId: reports.targetId,
    reason: reports.reason,
    details: reports.details,
    status: reports.status,
    createdAt: reports.createdAt,
    otherId: other.id,
    otherName: other.displayName,
  };
  // The member on one side of the report, the other person named from the other side.
  const listWhere = (memberSide: PgColumn, otherSide: PgColumn) =>
    db
      .select(columns)
      .from(reports)
      .leftJoin(other, eq(other.id, otherSide))
      .where(eq(memberSide, userId))
      .orderBy(desc(reports.createdAt), desc(reports.id))
      .limit(RECORD_ROWS_SHOWN);
  const [against, by] = await Promise.all([
    listWhere(reports.targetUserId, reports.reporterId),
    listWhere(reports.reporterId, reports.targetUserId),
  ]);
  return { against, by };
}

export type MemberDecisionRow = Pick<
  ModerationDecision,
  "id" | "action" | "targetType" | "targetId" | "reason" | "until" | "reversedAt" | "createdAt"
> & { actorName: string | null };

/** Decisions that affected the member (content hidden, warnings, suspensions, bans), newest first. */
export async function listMemberDecisions(
  actor: Actor,
  userId: string,
): Promise<MemberDecisionRow[]> {
  await requireStaffRole(actor, "moderator", viewing(userId));
  const decider = aliasedTable(users, "decider");
  return db
    .select({
      id: moderationDecisions.id,
      action: moderationDecisions.action,
      targetType: moderationDecisions.targetType,
      targetId: moderationDecisions.targetId,
      reason: moderationDecisions.reason,
      until: moderationDecisions.until,
      reversedAt: moderationDecisions.reversedAt,
      createdAt: moderationDecisions.createdAt,
      actorName: decider.displayName,
    })
    .from(moderationDecisions)
    .leftJoin(decider, eq(decider.id, moderationDecisions.actorId))
    .where(eq(moderationDecisions.subjectUserId, userId))
    .orderBy(desc(moderationDecisions.createdAt), desc(moderationDecisions.id))
    .limit(RECORD_ROWS_SHOWN);
}

export type MemberAuditRow = Pick<AuditEntry, keyof typeof auditEntryColumns> & {
  actorId: string | null;
  actorName: string | null;
};

/**
 * The member's audit trail (admins only, like the audit log): what was done to them and what
 * they did, newest first; the full history is in the audit log.
 */
export async function listMemberAuditTrail(
  actor: Actor,
  userId: string,
  limit = RECORD_ROWS_SHOWN,
): Promise<{ rows: MemberAuditRow[]; more: boolean }> {
  await requireStaffRole(actor, "admin", { ...viewing(userId), action: "user.audit_trail" });
  const by = aliasedTable(users, "by");
  const rows = await db
    .select({
      ...auditEntryColumns,
      actorId: auditLog.actorId,
      actorName: by.displayName,
    })
    .from(auditLog)
    .leftJoin(by, eq(by.id, auditLog.actorId))
    .where(
      or(
        and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId)),
        eq(auditLog.actorId, userId),
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
