"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffAction } from "@/lib/action";
import { categorySlugs } from "@/lib/community/vocabulary";
import { criterionCodes } from "@/lib/domain/criteria";
import { pathwayCodes } from "@/lib/domain/pathways";
import { moderateItem } from "@/lib/moderation/decisions";
import { decideAppeal } from "@/lib/moderation/appeals";
import { setPremoderation } from "@/lib/moderation/settings";
import { checkbox, codeList } from "@/lib/schema-fields";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import type { DoneKey } from "./_components/done-messages";

const reason = z
  .string({ error: "Give a reason." })
  .trim()
  .min(3, "Give a reason of at least 3 characters: the author and the audit log see it.")
  .max(1000, "Keep the reason under 1,000 characters.")
  // It reaches the member and the append-only audit log, where a number could never be removed.
  .check(noSensitiveNumbers());

const actionSchema = z.discriminatedUnion("action", [
  z.strictObject({
    itemId: z.uuid(),
    action: z.enum(["dismiss", "hide", "remove", "restore", "lock", "unlock", "warn"], {
      error: "Choose an action.",
    }),
    reason,
  }),
  z.strictObject({
    itemId: z.uuid(),
    action: z.literal("retag"),
    reason,
    category: z.enum(categorySlugs, { error: "Choose a category." }),
    pathways: codeList(pathwayCodes, pathwayCodes.length, "pathways"),
    criteria: codeList(criterionCodes, 6, "criteria"),
  }),
]);

function done(key: DoneKey): never {
  revalidate.everyPage();
  redirect(`/admin/queue?done=${key}`);
}

export const moderateAction = staffAction(actionSchema, async (data, actor) => {
  const { itemId, ...input } = data;
  await moderateItem(actor, itemId, input);
  done("decided");
});

export const appealDecisionAction = staffAction(
  z.strictObject({
    itemId: z.uuid(),
    outcome: z.enum(["uphold", "overturn"], { error: "Choose an outcome." }),
    response: reason,
  }),
  async (data, actor) => {
    await decideAppeal(actor, data.itemId, { outcome: data.outcome, response: data.response });
    done(data.outcome === "overturn" ? "appeal-overturned" : "appeal-upheld");
  },
);

export const premoderationAction = staffAction(
  z.strictObject({
    enabled: checkbox,
    accountAgeHours: z.coerce
      .number({ error: "Give a number of hours." })
      .int("Give a whole number of hours.")
      .min(1, "At least 1 hour.")
      .max(24 * 90, "At most 90 days."),
  }),
  async (data, actor) => {
    await setPremoderation(actor, data);
    revalidate.queue();
    return {
      status: "success",
      message: data.enabled
        ? `Pre-moderation is on for accounts younger than ${data.accountAgeHours} hours.`
        : "Pre-moderation is off.",
    };
  },
);
