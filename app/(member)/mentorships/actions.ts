"use server";
// The request actions: thin wrappers that parse the form, call the domain function, and refresh.
import { revalidate } from "@/lib/revalidate";
import { userAction } from "@/lib/action";
import { deliverEmailsAfterResponse } from "@/lib/email/deliver";
import { moveRequest } from "@/lib/mentorship/moves";
import {
  answerInfoSchema,
  askInfoSchema,
  declineSchema,
  requestIdSchema,
} from "@/lib/mentorship/schemas";

export const withdrawRequestAction = userAction(requestIdSchema, async ({ requestId }, user) => {
  await moveRequest(user, requestId, { action: "withdraw" });
  deliverEmailsAfterResponse();
  revalidate.requests();
  return { status: "success", message: "Your request was withdrawn." };
});

export const answerQuestionAction = userAction(answerInfoSchema, async (input, user) => {
  await moveRequest(user, input.requestId, { action: "answer_info", input });
  deliverEmailsAfterResponse();
  revalidate.requests();
  return { status: "success", message: "Your answer was sent." };
});

export const acceptRequestAction = userAction(requestIdSchema, async ({ requestId }, user) => {
  await moveRequest(user, requestId, { action: "accept" });
  deliverEmailsAfterResponse();
  revalidate.requests();
  return { status: "success", message: "Accepted. Your mentorship space is ready." };
});

export const declineRequestAction = userAction(declineSchema, async (input, user) => {
  await moveRequest(user, input.requestId, {
    action: "decline",
    input: { ...input, text: input.text || undefined },
  });
  deliverEmailsAfterResponse();
  revalidate.requests();
  return { status: "success", message: "The request was declined." };
});

export const askQuestionAction = userAction(askInfoSchema, async (input, user) => {
  await moveRequest(user, input.requestId, { action: "ask_info", input });
  deliverEmailsAfterResponse();
  revalidate.requests();
  return { status: "success", message: "Your question was sent." };
});
