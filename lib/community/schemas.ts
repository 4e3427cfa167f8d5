// The community's input schemas (zod 4), shared by forms and server actions. Inputs are
// FormData-shaped (strings, or arrays for repeated names); outputs are what the domain functions take.
import { z } from "zod";
import { checkbox, codeList, optionalEnum } from "@/lib/schema-fields";
import { criterionCodes } from "@/lib/domain/criteria";
import { pathwayCodes } from "@/lib/domain/pathways";
import { categorySlugs, threadKinds, threadSorts } from "./vocabulary";

import {
  BODY_MAX,
  CRITERIA_MAX,
  OPENING_BODY_MIN,
  PATHWAYS_MAX,
  REPLY_BODY_MIN,
  SEARCH_MAX,
  TITLE_MAX,
  TITLE_MIN,
} from "./limits";

export const title = z
  .string({ error: "Write a title." })
  .trim()
  .min(TITLE_MIN, `Write a title of at least ${TITLE_MIN} characters.`)
  .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`);

const body = (min: number) =>
  z
    .string({ error: "Write your post." })
    .trim()
    .min(min, min <= 2 ? "Write your reply." : `Write at least ${min} characters.`)
    .max(BODY_MAX, `Keep it under ${BODY_MAX} characters.`);

export const pathwayList = codeList(pathwayCodes, PATHWAYS_MAX, "pathways");
export const criterionList = codeList(criterionCodes, CRITERIA_MAX, "criteria");

export const idempotencyKey = z
  .string({ error: "Reload the page and try again." })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "Reload the page and try again.");

export const createThreadSchema = z.strictObject({
  category: z.enum(categorySlugs, { error: "Choose a category." }),
  kind: z.enum(threadKinds, { error: "Choose question or discussion." }).default("question"),
  title,
  body: body(OPENING_BODY_MIN),
  pathways: pathwayList,
  criteria: criterionList,
  anonymous: checkbox.default(false),
  idempotencyKey,
});
export type CreateThreadInput = z.output<typeof createThreadSchema>;

export const replySchema = z.strictObject({
  threadId: z.uuid("Unknown thread."),
  body: body(REPLY_BODY_MIN),
  idempotencyKey,
});
export type ReplyInput = z.output<typeof replySchema>;

export const editPostSchema = z.strictObject({
  postId: z.uuid("Unknown post."),
  /** The version the editor started from; a newer one in the database means a conflict. */
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(1_000_000),
  body: body(REPLY_BODY_MIN),
  /** Only for the opening post of a thread; ignored as absent when blank. */
  title: z.preprocess((v) => (v === "" ? undefined : v), title.optional()),
});
export type EditPostInput = z.output<typeof editPostSchema>;

export const postIdSchema = z.strictObject({ postId: z.uuid("Unknown post.") });

export const voteSchema = z.strictObject({
  postId: z.uuid("Unknown post."),
  /** true adds the member's vote, false takes it back. */
  up: checkbox,
});

export const acceptAnswerSchema = z.strictObject({
  threadId: z.uuid("Unknown thread."),
  /** The reply to accept; blank takes the acceptance back. */
  postId: z.preprocess((v) => (v === "" ? null : v), z.uuid("Unknown reply.").nullable()),
});

export const followSchema = z.strictObject({
  threadId: z.uuid("Unknown thread."),
  follow: checkbox,
});

/** The thread list's search parameters; anything unknown or damaged falls back to the default. */
export const listThreadsSchema = z.object({
  category: optionalEnum(categorySlugs).catch(undefined),
  sort: z.enum(threadSorts).catch("latest").default("latest"),
  pathway: optionalEnum(pathwayCodes).catch(undefined),
  criterion: optionalEnum(criterionCodes).catch(undefined),
  cursor: z.string().max(400).optional().catch(undefined),
  limit: z.coerce.number().int().min(1).max(50).catch(20).default(20),
});
/** The list's filters once parsed (the page parses them, once, from its search parameters). */
export type ListThreadsFilters = z.output<typeof listThreadsSchema>;
export type ListThreadsInput = z.input<typeof listThreadsSchema>;

export const searchSchema = z.object({
  q: z
    .string()
    .trim()
    .min(2, "Type at least 2 characters.")
    .max(SEARCH_MAX, `Keep it under ${SEARCH_MAX} characters.`),
  cursor: z.string().max(400).optional(),
});
