"use server";

import { revalidate } from "@/lib/revalidate";
import { userAction } from "@/lib/action";
import { setBookmark } from "@/lib/mentors/mutations";
import { bookmarkFormSchema } from "@/lib/mentors/schemas";

/** Sets a bookmark to the state the button asked for, so a double submit changes nothing more. */
export const setBookmarkAction = userAction(bookmarkFormSchema, async (data, user) => {
  await setBookmark(user, data.mentorUserId, data.on);
  revalidate.bookmarks();
  return { status: "success", message: data.on ? "Bookmarked." : "Bookmark removed." };
});
