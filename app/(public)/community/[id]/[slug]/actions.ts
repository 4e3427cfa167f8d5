"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/action";
import { deletePost, editPost } from "@/lib/community/editing";
import { reply } from "@/lib/community/posting";
import { acceptAnswer, setFollow, vote } from "@/lib/community/reactions";
import {
  acceptAnswerSchema,
  editPostSchema,
  followSchema,
  postIdSchema,
  replySchema,
  voteSchema,
} from "@/lib/community/schemas";

export const replyAction = userAction(replySchema, async (data, user) => {
  const result = await reply(user, data);
  revalidate.community();
  return { status: "success", message: result.held ?? "Your reply is posted." };
});

/** On a conflict the wrapper keeps the editor's text and sends back the version now stored. */
export const editPostAction = userAction(editPostSchema, async (data, user) => {
  const result = await editPost(user, data);
  revalidate.community();
  return { status: "success", message: result.held ?? "Your changes are saved." };
});

export const deletePostAction = userAction(postIdSchema, async (data, user) => {
  const { threadDeleted } = await deletePost(user, data.postId);
  revalidate.community();
  // A question without replies takes its thread with it: the thread's page is gone.
  if (threadDeleted) redirect("/community?deleted=question");
  return { status: "success", message: "Your post is deleted." };
});

export const voteAction = userAction(voteSchema, async (data, user) => {
  await vote(user, data);
  revalidate.community();
  return { status: "success", message: data.up ? "Vote added." : "Vote taken back." };
});

export const acceptAnswerAction = userAction(acceptAnswerSchema, async (data, user) => {
  await acceptAnswer(user, data);
  revalidate.community();
  return {
    status: "success",
    message: data.postId ? "Answer accepted." : "Acceptance taken back.",
  };
});

export const followAction = userAction(followSchema, async (data, user) => {
  await setFollow(user, data);
  revalidate.community();
  return {
    status: "success",
    message: data.follow ? "You follow this thread." : "You no longer follow this thread.",
  };
});
