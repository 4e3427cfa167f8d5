// The one wrapper for server actions: session and role first, then a strict zod parse, then the
// domain call; every outcome becomes a typed ActionState the form can show.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { UserRole } from "@/db/schema";
import { requireRole, requireUser, type CurrentUser } from "@/lib/auth/session";
import { DomainError, ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState =
  | { status: "idle" }
  | { status: "success"; message?: string }
  | {
      status: "error";
      message: string;
      fieldErrors?: FieldErrors;
      values?: Record<string, string>;
    };

const SECRET_FIELD = /password|token/i;

/** FormData as a plain object; Next's own `$ACTION…` fields are dropped, repeated names become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** What the form should show again after an error: everything typed except secrets. */
function keepValues(input: Record<string, string | string[]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!SECRET_FIELD.test(key) && typeof value === "string") values[key] = value.slice(0, 5000);
  }
  return values;
}

export function errorState(err: unknown, values?: Record<string, string>): ActionState {
  unstable_rethrow(err);
  if (err instanceof z.ZodError) {
    const flat = z.flattenError(err);
    const unknownKeys = err.issues.some((i) => i.code === "unrecognized_keys");
    return {
      status: "error",
      message: unknownKeys
        ? "This form sent fields it should not have. Reload the page and try again."
        : (flat.formErrors[0] ?? "Please correct the fields marked below."),
      fieldErrors: flat.fieldErrors as FieldErrors,
      values,
    };
  }
  if (err instanceof ValidationError) {
    return { status: "error", message: err.message, fieldErrors: err.fieldErrors, values };
  }
  if (err instanceof UnauthorizedError || err instanceof ForbiddenError) {
    logger.warn({ event: "authz.denied", reason: err.name }, "authorization denied");
  }
  if (err instanceof DomainError) return { status: "error", message: err.message, values };
  logger.error(
    {
      event: "action.failed",
      err: { name: (err as Error)?.name, message: (err as Error)?.message },
    },
    "action failed",
  );
  return {
    status: "error",
    message: "Something went wrong on our side. Please try again.",
    values,
  };
}

type Handler<S extends z.ZodType, U> = (data: z.output<S>, user: U) => Promise<ActionState | void>;

function build<S extends z.ZodType, U>(
  authorize: () => Promise<U>,
  schema: S,
  handler: Handler<S, U>,
): (prev: ActionState, formData: FormData) => Promise<ActionState> {
  return async (_prev, formData) => {
    const input = formDataToObject(formData);
    const values = keepValues(input);
    try {
      const user = await authorize();
      const data = schema.parse(input);
      return (await handler(data, user)) ?? { status: "success" };
    } catch (err) {
      return errorState(err, values);
    }
  };
}

/** An action anyone may call (sign-in, sign-up). */
export function publicAction<S extends z.ZodType>(schema: S, handler: Handler<S, null>) {
  return build(async () => null, schema, handler);
}

/** An action for a signed-in, active member. */
export function userAction<S extends z.ZodType>(schema: S, handler: Handler<S, CurrentUser>) {
  return build(requireUser, schema, handler);
}

/** An action for a moderator or admin (admin includes moderator). */
export function roleAction<S extends z.ZodType>(
  role: UserRole,
  schema: S,
  handler: Handler<S, CurrentUser>,
) {
  return build(() => requireRole(role), schema, handler);
}
