"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/action";
import { appealDecision } from "@/lib/moderation/appeals";
import { appealSchema, reportSchema } from "@/lib/moderation/report-schemas";
import { reportTarget } from "@/lib/moderation/reports";

export const reportAction = userAction(reportSchema, async (data, user) => {
  const { autoHidden } = await reportTarget(user, data);
  revalidatePath("/", "layout");
  return {
    status: "success",
    message: autoHidden
      ? "Thank you. Several members reported this, so it is hidden until a moderator looks at it."
      : "Thank you. A moderator will look at it; we will tell you the outcome.",
  };
});

export const appealAction = userAction(appealSchema, async (data, user) => {
  await appealDecision(user, data);
  revalidatePath("/moderation");
  return {
    status: "success",
    message: "Your appeal is sent. A different moderator reviews it; we will tell you the outcome.",
  };
});
