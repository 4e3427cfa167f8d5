// Inputs of the small toggles around content (zod 4, FormData-shaped): save, not interested,
// follow an author. Each posts the state it asks for, so a double submit is harmless.
import { z } from "zod";
import { checkbox } from "@/lib/schema-fields";

const itemType = z.enum(["content", "thread"], { error: "Unknown item." });

export const savedSchema = z.strictObject({
  type: itemType,
  id: z.uuid("Unknown item."),
  on: checkbox,
});

export const notInterestedSchema = savedSchema;

export const followAuthorSchema = z.strictObject({
  authorId: z.uuid("Unknown author."),
  on: checkbox,
});
