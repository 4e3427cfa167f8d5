import { redirect } from "next/navigation";
import { z } from "zod";
import { errorState, formDataToObject, publicAction } from "@/lib/action";
import {
  ForbiddenError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
  VersionConflictError,
} from "@/lib/errors";

// lib/action.ts imports the session module (and so next-auth); these tests never reach it.
vi.mock("@/lib/auth/session", () => ({
  requireUser: vi.fn(() => Promise.reject(new Error("not used"))),
}));
// The per-caller floor is counted in PostgreSQL (tests/integration/action-limits.test.ts).
const limits = vi.hoisted(() => ({ calls: [] as unknown[] }));
vi.mock("@/lib/rate-limit", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/rate-limit")>()),
  enforceRateLimits: vi.fn(async (checks: unknown) => {
    limits.calls.push(checks);
  }),
}));

describe("formDataToObject", () => {
  it("drops Next's own $ACTION fields", () => {
    const form = new FormData();
    form.append("$ACTION_ID_7f3a", "");
    form.append("$ACTION_REF_1", "");
    form.append("$ACTION_1:0", "{}");
    form.append("$ACTION_KEY", "k");
    form.append("email", "ana@example.com");
    expect(formDataToObject(form)).toEqual({ email: "ana@example.com" });
  });

  it("turns repeated names into arrays, in order", () => {
    const form = new FormData();
    form.append("tag", "h1b");
    form.append("tag", "opt");
    form.append("tag", "eb2");
    form.append("name", "Ana");
    expect(formDataToObject(form)).toEqual({ tag: ["h1b", "opt", "eb2"], name: "Ana" });
  });

  it("drops NUL characters, which PostgreSQL refuses in text (docs/security.md #11)", () => {
    const form = new FormData();
    form.append("q", "ab\u0000c\u0000");
    form.append("tag", "x\u0000");
    form.append("tag", "y");
    expect(formDataToObject(form)).toEqual({ q: "abc", tag: ["x", "y"] });
  });

  it("reads anything that is not a form (a hand-made call) as an empty form", () => {
    for (const notAForm of ["not a form", 42, null, undefined, { role: "admin" }, ["a"]])
      expect(formDataToObject(notAForm as unknown as FormData)).toEqual({});
  });

  it("drops uploaded files", () => {
    const form = new FormData();
    form.append("avatar", new Blob(["x"]), "a.png");
    form.append("name", "Ana");
    expect(formDataToObject(form)).toEqual({ name: "Ana" });
  });
});

describe("errorState", () => {
  it("shows a domain error's own message", () => {
    expect(errorState(new UnauthorizedError())).toEqual({
      status: "error",
      message: "Your session has ended. Please sign in again.",
      values: undefined,
    });
    expect(errorState(new ForbiddenError())).toMatchObject({
      message: "You do not have permission to do that.",
    });
    expect(errorState(new RateLimitedError(90))).toMatchObject({
      message: "Too many attempts. Please wait 2 minutes and try again.",
    });
  });

  it("keeps a validation error's field messages", () => {
    const state = errorState(
      new ValidationError("Check your current password.", { currentPassword: ["Wrong."] }),
    );
    expect(state).toMatchObject({
      message: "Check your current password.",
      fieldErrors: { currentPassword: ["Wrong."] },
    });
  });

  it("keeps the text typed on an edit conflict and sends back the version now stored", () => {
    const current = { body: "Stored text", title: "Stored title", version: 4 };
    const state = errorState(new VersionConflictError("Someone changed this.", current), {
      body: "My text",
    });
    expect(state).toEqual({
      status: "error",
      message: "Someone changed this.",
      values: { body: "My text" },
      conflict: current,
    });
  });

  it("never shows an unexpected error's text", () => {
    const state = errorState(new Error('relation "users" does not exist at 10.0.0.5'));
    expect(state).toMatchObject({
      status: "error",
      message: "Something went wrong on our side. Please try again.",
    });
    expect(JSON.stringify(state)).not.toContain("10.0.0.5");
  });

  it("lets Next's redirects through", () => {
    let thrown: unknown;
    try {
      redirect("/feed");
    } catch (err) {
      thrown = err;
    }
    expect(() => errorState(thrown)).toThrow(thrown as Error);
  });
});

describe("publicAction", () => {
  const schema = z.strictObject({
    email: z.email("Enter a valid email."),
    password: z.string().min(10, "Too short."),
  });

  it("answers a bad field beside the field, keeps what was typed except the password", async () => {
    const handler = vi.fn();
    const action = publicAction(schema, handler);
    const form = new FormData();
    form.append("email", "not-an-email");
    form.append("password", "short");
    const state = await action({ status: "idle" }, form);
    expect(state).toEqual({
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: { email: ["Enter a valid email."], password: ["Too short."] },
      values: { email: "not-an-email" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers a call whose second argument is not a form with a refusal, not a crash", async () => {
    const handler = vi.fn();
    const action = publicAction(schema, handler);
    const state = await action({ status: "idle" }, "not a form" as unknown as FormData);
    expect(state).toMatchObject({
      status: "error",
      message: "Please correct the fields marked below.",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a form with extra fields before the handler runs", async () => {
    const handler = vi.fn();
    const form = new FormData();
    form.append("email", "ana@example.com");
    form.append("password", "long-enough-password");
    form.append("role", "admin");
    const state = await publicAction(schema, handler)({ status: "idle" }, form);
    expect(state).toMatchObject({
      status: "error",
      message: "This form sent fields it should not have. Reload the page and try again.",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes parsed data to the handler and reports success", async () => {
    const handler = vi.fn(async () => undefined);
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("email", "ana@example.com");
    form.append("password", "long-enough-password");
    expect(await publicAction(schema, handler)({ status: "idle" }, form)).toEqual({
      status: "success",
    });
    expect(handler).toHaveBeenCalledWith(
      { email: "ana@example.com", password: "long-enough-password" },
      null,
    );
  });
});

describe("the wrapper's limits (docs/security.md #30)", () => {
  it("refuses a form longer than its limit before anything runs, and keeps what was typed", async () => {
    const handler = vi.fn(async () => ({ status: "success" as const }));
    const action = publicAction(z.object({ body: z.string() }), handler, { maxChars: 100 });
    const form = new FormData();
    form.append("body", "x".repeat(101));
    const state = await action({ status: "idle" }, form);
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/too long/) });
    expect(handler).not.toHaveBeenCalled();
    expect(state.status === "error" && state.values?.body).toBe("x".repeat(101));
  });

  it("counts every call of a public action against its caller's address", async () => {
    limits.calls.length = 0;
    const action = publicAction(z.object({}), async () => ({ status: "success" as const }));
    await action({ status: "idle" }, new FormData());
    expect(limits.calls).toEqual([
      [[expect.objectContaining({ name: "action:address" }), "unknown"]],
    ]);
  });
});
