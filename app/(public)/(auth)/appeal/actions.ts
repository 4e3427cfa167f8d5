"use server";

import { publicAction } from "@/lib/action";
import { appealByToken } from "@/lib/moderation/appeals";
import { tokenAppealSchema } from "@/lib/moderation/report-schemas";

/** The signed link is the authority here: the person is suspended or banned and signed out. */
export const tokenAppealAction = publicAction(tokenAppealSchema, async (data) => {
  await appealByToken(data.token, data.text);
  return {
    status: "success",
    message:
      "Your appeal is sent. A different moderator reviews it; we will email you the outcome.",
  };
});
