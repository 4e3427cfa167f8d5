"use server";
// Asking a mentor for mentorship: offered on the mentor's public page, answered in /mentorships.
import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/action";
import { deliverEmailsAfterResponse } from "@/lib/email/deliver";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { requestMentorshipSchema } from "@/lib/mentorship/schemas";

export const requestMentorshipAction = userAction(requestMentorshipSchema, async (input, user) => {
  await requestMentorship(user, input);
  deliverEmailsAfterResponse();
  revalidate.requests();
  redirect("/mentorships?sent=1");
});
