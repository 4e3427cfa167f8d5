// The evidence checklist of a mentorship space: its order on the page and changes to one item.
import "server-only";
import { and, eq } from "drizzle-orm";
import { checklistItems, type User } from "@/db/schema";
import { criteria, pathwayRequirements, type CriterionCode } from "@/lib/domain/criteria";
import { pathways, type PathwayCode } from "@/lib/domain/pathways";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { changeSpace } from "./access";
import type { ChecklistStatus } from "../vocabulary";

export interface SpaceChecklistItem {
  pathway: PathwayCode;
  pathwayName: string;
  criterion: CriterionCode;
  criterionName: string;
  status: ChecklistStatus;
  applicantNote: string | null;
  mentorComment: string | null;
  updatedAt: Date;
}

/** Items in the order of the pathway list and, within one, of the pathway's criteria. */
export function sortChecklist(
  items: Array<
    Omit<SpaceChecklistItem, "pathwayName" | "criterionName" | "criterion"> & {
      criterion: string;
    }
  >,
): SpaceChecklistItem[] {
  const pathwayOrder = Object.keys(pathways);
  return items
    .flatMap((item) => {
      const order = (pathwayRequirements[item.pathway].criteria as readonly string[]).indexOf(
        item.criterion,
      );
      if (order < 0) return [];
      const criterion = item.criterion as CriterionCode;
      return [
        {
          ...item,
          criterion,
          pathwayName: pathways[item.pathway].name,
          criterionName: criteria[criterion].name,
          order,
        },
      ];
    })
    .sort(
      (a, b) =>
        pathwayOrder.indexOf(a.pathway) - pathwayOrder.indexOf(b.pathway) || a.order - b.order,
    )
    .map(({ order: _order, ...item }) => item);
}

export interface ChecklistChange {
  status?: ChecklistStatus;
  /** The applicant's note; only the applicant may change it. Empty clears it. */
  applicantNote?: string;
  /** The mentor's comment; only the mentor may change it. Empty clears it. */
  mentorComment?: string;
}

/** Changes one checklist item: either member the status, each their own text field only. */
export async function updateChecklistItem(
  actor: Pick<User, "id">,
  requestId: string,
  pathway: PathwayCode,
  criterion: string,
  change: ChecklistChange,
  now = new Date(),
): Promise<SpaceChecklistItem> {
  return changeSpace(actor, requestId, "checklistPerUser", now, async (tx, { request, party }) => {
    if (change.applicantNote !== undefined && party !== "applicant") {
      throw new ForbiddenError("Only the applicant can write the note on an item.");
    }
    if (change.mentorComment !== undefined && party !== "mentor") {
      throw new ForbiddenError("Only the mentor can write the comment on an item.");
    }
    const blankToNull = (v: string) => (v.trim() === "" ? null : v.trim());
    const set: Partial<typeof checklistItems.$inferInsert> = {
      updatedBy: actor.id,
      updatedAt: now,
    };
    if (change.status !== undefined) set.status = change.status;
    if (change.applicantNote !== undefined) set.applicantNote = blankToNull(change.applicantNote);
    if (change.mentorComment !== undefined) set.mentorComment = blankToNull(change.mentorComment);
    const [row] = await tx
      .update(checklistItems)
      .set(set)
      .where(
        and(
          eq(checklistItems.requestId, request.id),
          eq(checklistItems.pathway, pathway),
          eq(checklistItems.criterion, criterion),
        ),
      )
      .returning();
    if (!row) throw new NotFoundError("That checklist item does not exist.");
    const [item] = sortChecklist([row]);
    if (!item) throw new NotFoundError("That checklist item does not exist.");
    return item;
  });
}
