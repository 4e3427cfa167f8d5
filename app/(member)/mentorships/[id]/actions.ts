"use server";

import { revalidate } from "@/lib/revalidate";
import { userAction } from "@/lib/action";
import { moveRequest } from "@/lib/mentorship/moves";
import { updateChecklistItem } from "@/lib/mentorship/space/checklist";
import { leaveFeedback } from "@/lib/mentorship/space/feedback";
import { addGoal, deleteGoal, toggleGoal } from "@/lib/mentorship/space/goals";
import { postMessage } from "@/lib/mentorship/space/messages";
import {
  addGoalSchema,
  checklistUpdateSchema,
  feedbackSchema,
  goalIdSchema,
  postMessageSchema,
  requestIdOnlySchema,
  toggleGoalSchema,
} from "@/lib/mentorship/space/schemas";

export const postMessageAction = userAction(postMessageSchema, async (data, user) => {
  await postMessage(user, data.requestId, data.body);
  revalidate.mentorship(data.requestId);
  return { status: "success", message: "Message sent." };
});

export const updateChecklistItemAction = userAction(checklistUpdateSchema, async (data, user) => {
  const { requestId, pathway, criterion, ...change } = data;
  await updateChecklistItem(user, requestId, pathway, criterion, change);
  revalidate.mentorship(requestId);
  return { status: "success", message: "Saved." };
});

export const addGoalAction = userAction(addGoalSchema, async (data, user) => {
  await addGoal(user, data.requestId, { text: data.text, dueDate: data.dueDate ?? null });
  revalidate.mentorship(data.requestId);
  return { status: "success", message: "Goal added." };
});

export const toggleGoalAction = userAction(toggleGoalSchema, async (data, user) => {
  await toggleGoal(user, data.requestId, data.goalId, data.done);
  revalidate.mentorship(data.requestId);
});

export const deleteGoalAction = userAction(goalIdSchema, async (data, user) => {
  await deleteGoal(user, data.requestId, data.goalId);
  revalidate.mentorship(data.requestId);
});

export const endMentorshipAction = userAction(requestIdOnlySchema, async (data, user) => {
  await moveRequest(user, data.requestId, { action: "end" });
  revalidate.mentorship(data.requestId);
  return { status: "success", message: "The mentorship has ended." };
});

export const leaveFeedbackAction = userAction(feedbackSchema, async (data, user) => {
  await leaveFeedback(user, data.requestId, { rating: data.rating, text: data.text });
  revalidate.mentorship(data.requestId);
  return { status: "success", message: "Thank you for your feedback." };
});
