"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { errorState, formDataToObject, userAction, type ActionState } from "@/lib/action";
import { requireUser } from "@/lib/auth/session";
import { keepValues } from "@/lib/form-state";
import { contentHref } from "@/lib/content/format";
import {
  ContentConflictError,
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

/** Edits keep the author's text on a conflict and send back the version now stored. */
export async function updateContentAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const input = formDataToObject(formData);
  const values = keepValues(input);
  let target: string;
  try {
    const user = await requireUser();
    const data = updateContentSchema.parse(input);
    const result = await updateContent(user, data);
    revalidate.content();
    target = data.intent === "publish" ? contentHref(result) : `/write?saved=${result.id}`;
  } catch (err) {
    if (err instanceof ContentConflictError) {
      return { status: "error", message: err.message, values, conflict: err.current };
    }
    return errorState(err, values);
  }
  redirect(target);
}

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
