// How a member's account status reads to staff, in the list and on the member's page.
import type { User } from "@/db/schema";
import { accountBlock } from "@/lib/auth/usable";
import { suspensionDurations } from "@/lib/moderation/schemas";

const dateTime = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const dateOnly = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

export function formatDate(date: Date): string {
  return dateOnly.format(date);
}

export type MemberStatusKind = "active" | "unconfirmed" | "suspended" | "banned" | "deleting";

export function memberStatus(
  user: Pick<User, "status" | "suspendedUntil" | "emailVerifiedAt" | "deletionDueAt">,
  now = new Date(),
): { kind: MemberStatusKind; text: string } {
  const block = accountBlock(user, now);
  if (block?.reason === "banned") return { kind: "banned", text: "Banned" };
  if (block?.reason === "deleting")
    return {
      kind: "deleting",
      text: block.until
        ? `Deleting: erased on ${block.until.toISOString().slice(0, 10)}`
        : "Deleting",
    };
  if (block)
    return {
      kind: "suspended",
      text: block.until
        ? `Suspended until ${block.until.toISOString().slice(0, 10)}`
        : "Suspended until restored",
    };
  if (!user.emailVerifiedAt) return { kind: "unconfirmed", text: "Email not confirmed" };
  return { kind: "active", text: "Active" };
}

/** The lengths of a suspension the sanction dialog offers, in the list and on the member's page. */
export const suspensionChoices = Object.entries(suspensionDurations).map(([value, d]) => ({
  value,
  label: d.label,
}));
