// What the notification forms may send: a notification id, and the preference checkboxes.
import { z } from "zod";
import { notificationTypes } from "./vocabulary";

/** A checkbox group posts nothing, one string, or an array: always read it as an array. */
const typeList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.enum(notificationTypes, { error: "Choose from the kinds of notification listed." }))
    .max(notificationTypes.length),
);

export const notificationPreferencesSchema = z.strictObject({
  inApp: typeList,
  email: typeList,
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

export const notificationIdSchema = z.strictObject({
  id: z.coerce
    .number({ error: "That notification does not exist." })
    .int("That notification does not exist.")
    .positive("That notification does not exist.")
    .max(Number.MAX_SAFE_INTEGER, "That notification does not exist."),
});
