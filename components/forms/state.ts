import type { ActionState } from "@/lib/form-state";

/** The state a form starts in, before its first submit. */
export const idleState: ActionState = { status: "idle" };
