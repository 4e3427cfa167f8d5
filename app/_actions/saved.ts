"use server";

import { revalidate } from "@/lib/revalidate";
import { userAction } from "@/lib/action";
import { setAuthorFollow } from "@/lib/content/mutations";
import { setNotInterested } from "@/lib/feed/mutations";
import { setSaved } from "@/lib/saved/mutations";
import { followAuthorSchema, notInterestedSchema, savedSchema } from "@/lib/saved/schemas";

export const setSavedAction = userAction(savedSchema, async (data, user) => {
  await setSaved(user, data);
  revalidate.saved();
  return { status: "success", message: data.on ? "Saved for later." : "Removed from saved." };
});

export const notInterestedAction = userAction(notInterestedSchema, async (data, user) => {
  await setNotInterested(user, data);
  revalidate.saved();
  return {
    status: "success",
    message: data.on
      ? "Hidden from your feed. Similar items will show less."
      : "Back in your feed.",
  };
});

export const followAuthorAction = userAction(followAuthorSchema, async (data, user) => {
  await setAuthorFollow(user, data.authorId, data.on);
  revalidate.saved();
  return {
    status: "success",
    message: data.on ? "Following: their new writing ranks higher in your feed." : "Unfollowed.",
  };
});
