import {
  checkTransition,
  effectiveState,
  transitions,
  type Party,
  type RequestAction,
} from "@/lib/mentorship/states";
import { requestStates, type RequestState } from "@/lib/mentorship/vocabulary";

const allowed: Array<[RequestState, RequestAction, Party, RequestState]> = [
  ["pending", "accept", "mentor", "accepted"],
  ["info_requested", "accept", "mentor", "accepted"],
  ["pending", "decline", "mentor", "declined"],
  ["info_requested", "decline", "mentor", "declined"],
  ["pending", "ask_info", "mentor", "info_requested"],
  ["info_requested", "answer_info", "applicant", "pending"],
  ["pending", "withdraw", "applicant", "withdrawn"],
  ["info_requested", "withdraw", "applicant", "withdrawn"],
  ["accepted", "end", "mentor", "completed"],
  ["accepted", "end", "applicant", "completed"],
  ["pending", "expire", "system", "expired"],
  ["info_requested", "expire", "system", "expired"],
];

describe("the request state machine", () => {
  it.each(allowed)("%s --%s by %s--> %s", (from, action, party, to) => {
    expect(checkTransition(from, action, party)).toEqual({ ok: true, to });
  });

  it("refuses every other combination of state, action and party", () => {
    const parties: Party[] = ["applicant", "mentor", "system"];
    let refused = 0;
    for (const state of requestStates) {
      for (const action of Object.keys(transitions) as RequestAction[]) {
        for (const party of parties) {
          const isAllowed = allowed.some(([f, a, p]) => f === state && a === action && p === party);
          const result = checkTransition(state, action, party);
          expect(result.ok, `${state} ${action} ${party}`).toBe(isAllowed);
          if (!result.ok) {
            refused++;
            expect(result.message.length).toBeGreaterThan(10);
          }
        }
      }
    }
    expect(refused).toBe(
      requestStates.length * Object.keys(transitions).length * 3 - allowed.length,
    );
  });

  it("says why a closed request cannot move", () => {
    expect(checkTransition("withdrawn", "accept", "mentor")).toEqual({
      ok: false,
      message: "This request is withdrawn, so that is no longer possible.",
    });
    expect(checkTransition("pending", "accept", "applicant")).toEqual({
      ok: false,
      message: "Only the mentor can do that.",
    });
  });
});

describe("expiry is derived at read time", () => {
  const deadline = new Date("2026-05-08T12:00:00Z");
  it("an open request past its deadline reads as expired", () => {
    expect(effectiveState("pending", deadline, new Date("2026-05-08T12:00:01Z"))).toBe("expired");
    expect(effectiveState("info_requested", deadline, new Date("2026-06-01T00:00:00Z"))).toBe(
      "expired",
    );
  });
  it("before the deadline, and for closed requests, the stored state stands", () => {
    expect(effectiveState("pending", deadline, new Date("2026-05-08T11:59:59Z"))).toBe("pending");
    expect(effectiveState("accepted", deadline, new Date("2027-01-01T00:00:00Z"))).toBe("accepted");
    expect(effectiveState("declined", deadline, new Date("2027-01-01T00:00:00Z"))).toBe("declined");
  });
});
