"use server";

import { revalidate } from "@/lib/revalidate";
import { userAction } from "@/lib/action";
import { appealDecision } from "@/lib/moderation/appeals";
import { appealSchema } from "@/lib/moderation/report-schemas";

export const appealAction = userAction(appealSchema, async (data, user) => {
  await appealDecision(user, data);
  revalidate.appeals();
  return {
    status: "success",
    message: "Your appeal is sent. A different moderator reviews it; we will tell you the outcome.",
  };
});
