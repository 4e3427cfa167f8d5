"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/action";
import { setBookmark } from "@/lib/mentors/mutations";
import { bookmarkFormSchema } from "@/lib/mentors/schemas";

/** Sets a bookmark to the state the button asked for, so a double submit changes nothing more. */
export const setBookmarkAction = userAction(bookmarkFormSchema, async (data, user) => {
  await setBookmark(user, data.mentorUserId, data.on);
  // Every list that shows the toggle: matches, directory, bookmarks and the mentor's page.
  revalidatePath("/mentors", "layout");
  return { status: "success", message: data.on ? "Bookmarked." : "Bookmark removed." };
});
