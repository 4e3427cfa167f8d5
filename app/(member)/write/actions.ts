"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/action";
import { contentHref } from "@/lib/content/format";
import {
  createContent,
  deleteDraft,
  setContentPublished,
  updateContent,
} from "@/lib/content/mutations";
import { CONTENT_FORM_MAX_CHARS } from "@/lib/content/vocabulary";
import { contentIdSchema, createContentSchema, updateContentSchema } from "@/lib/content/schemas";
import { checkbox } from "@/lib/schema-fields";

export const createContentAction = userAction(
  createContentSchema,
  async (data, user) => {
    const result = await createContent(user, data);
    revalidate.content();
    // A second submit of the same form lands where the first one did.
    redirect(
      data.intent === "publish"
        ? `${contentHref(result)}?published=1`
        : `/write?saved=${result.id}`,
    );
  },
  { maxChars: CONTENT_FORM_MAX_CHARS },
);

/** On a conflict the wrapper keeps the author's text and sends back the version now stored. */
export const updateContentAction = userAction(
  updateContentSchema,
  async (data, user) => {
    const result = await updateContent(user, data);
    revalidate.content();
    redirect(data.intent === "publish" ? contentHref(result) : `/write?saved=${result.id}`);
  },
  { maxChars: CONTENT_FORM_MAX_CHARS },
);

/** `on` publishes, its absence unpublishes (the toggle posts the state it asks for). */
export const publishAction = userAction(
  contentIdSchema.extend({ on: checkbox }),
  async (data, user) => {
    await setContentPublished(user, data.id, data.on);
    revalidate.content();
    return {
      status: "success",
      message: data.on ? "Published." : "Unpublished: it is a draft again.",
    };
  },
);

export const deleteDraftAction = userAction(contentIdSchema, async (data, user) => {
  await deleteDraft(user, data.id);
  revalidate.content();
  redirect("/write?deleted=1");
});
