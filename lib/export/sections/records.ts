// What Landed sent the member and decided about them: notifications and their preferences, the
// reports they filed, moderation decisions about them and their appeals, and their emails.
import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  appeals,
  emailOutbox,
  moderationDecisions,
  notificationPreferences,
  notifications,
  reports,
  users,
} from "@/db/schema";
import { reportOutcome } from "@/lib/moderation/report-outcome";
import { describeNotification } from "@/lib/notifications/text";
import { aboutVisibleThings } from "@/lib/notifications/unread";
import { mapped, type ExportMember, type Section } from "../paging";
import { ownRows, pickColumns } from "../own-rows";

function ownNotifications(member: ExportMember) {
  const n = notifications;
  const columns = {
    ...pickColumns(n, ["id", "type", "requestId", "data", "readAt", "createdAt"]),
    actorName: users.displayName,
  };
  // In the order of the (recipient_id, created_at, id) index, so each page is a short range scan.
  // As in the list: none about another member's post that is now hidden.
  const where = and(eq(n.recipientId, member.id), aboutVisibleThings(member.id));
  return ownRows(n, columns, where, ["createdAt", "id"], {
    left: [users, eq(users.id, n.actorId)],
  });
}

async function* preferences(member: ExportMember): AsyncGenerator<object[]> {
  // One row per notification type at most.
  const p = notificationPreferences;
  yield await db
    .select(pickColumns(p, ["type", "inApp", "email"]))
    .from(p)
    .where(eq(p.userId, member.id))
    .orderBy(asc(p.type));
}

// Moderation rows without the member's own id and without staff: never the moderator who resolved
// a report, made a decision or decided an appeal, nor the member a report was against.
const {
  reporterId: _reporter,
  targetUserId: _reported,
  resolvedBy: _resolver,
  ...reportColumns
} = getTableColumns(reports);
const {
  subjectUserId: _subject,
  actorId: _moderator,
  ...decisionColumns
} = getTableColumns(moderationDecisions);
const { appellantId: _appellant, decidedBy: _decider, ...appealColumns } = getTableColumns(appeals);

/** A link's one-time token is no use to keep in a file that may be copied around. */
export function withoutTokens(text: string): string {
  return text.replace(/([?&]token=)[A-Za-z0-9_-]+/g, "$1(removed)");
}

function emails(member: ExportMember) {
  const e = emailOutbox;
  const columns = pickColumns(e, [
    "id",
    "kind",
    "subject",
    "text",
    "status",
    "createdAt",
    "sentAt",
  ]);
  return ownRows(e, columns, sql`lower(${e.to}) = lower(${member.email})`, ["id"]);
}

export const recordSections: Section[] = [
  {
    file: "notifications/notifications.json",
    about: "Your notifications as they read in Landed, read or not.",
    covers: ["notifications.recipient_id"],
    shape: "list",
    rows: (member) =>
      mapped(ownNotifications(member), ({ actorName, ...n }) => ({
        ...n,
        text: describeNotification({ ...n, actorName }).text,
      })),
  },
  {
    file: "notifications/preferences.json",
    about:
      "Your choices of which notifications show in Landed and which are emailed (types not listed use the defaults).",
    covers: ["notification_preferences.user_id"],
    shape: "list",
    rows: preferences,
  },
  {
    file: "moderation/reports-filed.json",
    about: "Reports you filed, with what became of them.",
    covers: ["reports.reporter_id"],
    shape: "list",
    // Never who else reported the same thing: only the member's own reports.
    rows: (member) =>
      ownRows(
        reports,
        { ...reportColumns, outcome: reportOutcome },
        eq(reports.reporterId, member.id),
        ["id"],
      ),
  },
  {
    file: "moderation/decisions.json",
    about:
      "Moderation decisions about you or your posts (warnings, hidden or removed posts, suspensions), with the reason you were given.",
    covers: ["moderation_decisions.subject_user_id"],
    shape: "list",
    rows: (member) =>
      ownRows(
        moderationDecisions,
        decisionColumns,
        eq(moderationDecisions.subjectUserId, member.id),
        ["id"],
      ),
  },
  {
    file: "moderation/appeals.json",
    about: "Your appeals of those decisions and their answers.",
    covers: ["appeals.appellant_id"],
    shape: "list",
    rows: (member) => ownRows(appeals, appealColumns, eq(appeals.appellantId, member.id), ["id"]),
  },
  {
    file: "emails.json",
    about:
      "Emails we sent (or are about to send) to your address, as still kept; one-time links have their token removed.",
    covers: ["email_outbox.to"],
    shape: "list",
    rows: (member) =>
      mapped(emails(member), (email) => ({ ...email, text: withoutTokens(email.text) })),
  },
];
