// The request state machine: who may move a request from which state to which (pure, no I/O).
import type { RequestState } from "./vocabulary";

export type RequestAction =
  "accept" | "decline" | "ask_info" | "answer_info" | "withdraw" | "end" | "expire";
export type Party = "applicant" | "mentor" | "system";

interface Transition {
  from: readonly RequestState[];
  to: RequestState;
  by: Party | "either";
}

export const transitions: Record<RequestAction, Transition> = {
  accept: { from: ["pending", "info_requested"], to: "accepted", by: "mentor" },
  decline: { from: ["pending", "info_requested"], to: "declined", by: "mentor" },
  ask_info: { from: ["pending"], to: "info_requested", by: "mentor" },
  answer_info: { from: ["info_requested"], to: "pending", by: "applicant" },
  withdraw: { from: ["pending", "info_requested"], to: "withdrawn", by: "applicant" },
  end: { from: ["accepted"], to: "completed", by: "either" },
  expire: { from: ["pending", "info_requested"], to: "expired", by: "system" },
};

export const OPEN_STATES: readonly RequestState[] = ["pending", "info_requested"];

/** The state as everyone should see it: an open request past its deadline is expired. */
export function effectiveState(
  stored: RequestState,
  deadlineAt: Date,
  now = new Date(),
): RequestState {
  return OPEN_STATES.includes(stored) && deadlineAt <= now ? "expired" : stored;
}

const stateWords: Record<RequestState, string> = {
  pending: "waiting for the mentor",
  info_requested: "waiting for your answer to the mentor's question",
  accepted: "an active mentorship",
  declined: "declined",
  withdrawn: "withdrawn",
  expired: "expired",
  completed: "completed",
};

export type TransitionCheck = { ok: true; to: RequestState } | { ok: false; message: string };

/** Whether `party` may take `action` on a request now in `state` (already the effective state). */
export function checkTransition(
  state: RequestState,
  action: RequestAction,
  party: Party,
): TransitionCheck {
  const t = transitions[action];
  if (t.by !== "either" && t.by !== party) {
    return { ok: false, message: `Only the ${t.by === "system" ? "system" : t.by} can do that.` };
  }
  if (t.by === "either" && party === "system")
    return { ok: false, message: "Only the mentor or the applicant can do that." };
  if (!t.from.includes(state)) {
    return {
      ok: false,
      message: `This request is ${stateWords[state]}, so that is no longer possible.`,
    };
  }
  return { ok: true, to: t.to };
}

export const REQUEST_TTL_DAYS = 7;
export const REMINDER_AFTER_DAYS = 5;
export const MAX_PENDING_PER_APPLICANT = 3;
