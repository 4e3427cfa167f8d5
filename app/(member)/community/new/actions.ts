"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/action";
import { createThread } from "@/lib/community/posting";
import { createThreadSchema } from "@/lib/community/schemas";
import { threadHref } from "@/lib/community/format";

export const createThreadAction = userAction(createThreadSchema, async (data, user) => {
  const result = await createThread(user, data);
  revalidate.community();
  // A second submit of the same form lands on the thread the first one made.
  redirect(threadHref({ id: result.threadId, slug: result.slug }));
});
