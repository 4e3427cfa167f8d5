"use server";
// Reporting a post, a message, a profile or an item: offered on every page that shows one.
import { revalidate } from "@/lib/revalidate";
import { userAction } from "@/lib/action";
import { reportSchema } from "@/lib/moderation/report-schemas";
import { reportTarget } from "@/lib/moderation/reports";

export const reportAction = userAction(reportSchema, async (data, user) => {
  const { autoHidden } = await reportTarget(user, data);
  revalidate.everyPage();
  return {
    status: "success",
    message: autoHidden
      ? "Thank you. Several members reported this, so it is hidden until a moderator looks at it."
      : "Thank you. A moderator will look at it; we will tell you the outcome.",
  };
});
