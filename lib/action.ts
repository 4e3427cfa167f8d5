// The one wrapper for server actions: session and role first, then a strict zod parse, then the
// domain call; every outcome becomes a typed ActionState the form can show.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { UserRole } from "@/db/schema";
import { requireRole, requireUser, type CurrentUser } from "@/lib/auth/session";
import { DomainError, ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import {
  formDataToObject,
  keepValues,
  type ActionState,
  type FieldErrors,
  type FormAction,
} from "@/lib/form-state";

export type { ActionState, FieldErrors, FormAction } from "@/lib/form-state";
export { formDataToObject } from "@/lib/form-state";

/** A failed zod parse as the state a form shows: a message on top, the rest beside each field. */
export function zodErrorState(err: z.ZodError, values?: Record<string, string>): ActionState {
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

export function errorState(err: unknown, values?: Record<string, string>): ActionState {
  unstable_rethrow(err);
  if (err instanceof z.ZodError) return zodErrorState(err, values);
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
): FormAction {
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
