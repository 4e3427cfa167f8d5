// The one wrapper for server actions: session and role first, then a strict zod parse, then the
// domain call; every outcome becomes a typed ActionState the form can show.
import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { addressBucket, clientAddress } from "@/lib/auth/ip";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import {
  DomainError,
  ForbiddenError,
  UnauthorizedError,
  ValidationError,
  VersionConflictError,
} from "@/lib/errors";
import { logger } from "@/lib/logger";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
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
  // An edit refused because someone saved first: the form keeps the text and shows the stored one.
  if (err instanceof VersionConflictError) {
    return { status: "error", message: err.message, values, conflict: err.current };
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

export interface ActionOptions {
  /**
   * The most characters the form's fields may hold together (docs/security.md #30). Next.js takes
   * no body over 256 kB at all (next.config.ts); this fits the limit to the form.
   */
  maxChars?: number;
}

/** Enough for every form but the long writing ones (a guide), which say so. */
export const DEFAULT_MAX_CHARS = 24_000;

/**
 * A floor under every action: a member (or, for public actions, an address) sending valid forms
 * faster than any person clicks is refused. Domain functions keep their own, tighter limits.
 */
export const actionLimits = {
  perUser: { name: "action:user", limit: 120, windowSeconds: 60 },
  perAddress: { name: "action:address", limit: 120, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

function textLength(input: Record<string, string | string[]>): number {
  let total = 0;
  for (const [key, value] of Object.entries(input)) {
    total += key.length;
    for (const v of Array.isArray(value) ? value : [value]) total += v.length;
  }
  return total;
}

/** The caller's address for public actions; "unknown" outside a request (scripts, tests). */
async function requestAddress(): Promise<string> {
  try {
    return addressBucket(clientAddress(await headers()));
  } catch {
    return "unknown";
  }
}

function build<S extends z.ZodType, U extends { id: string } | null>(
  authorize: () => Promise<U>,
  schema: S,
  handler: Handler<S, U>,
  options: ActionOptions = {},
): FormAction {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  return async (_prev, formData) => {
    const input = formDataToObject(formData);
    const values = keepValues(input);
    try {
      if (textLength(input) > maxChars) {
        throw new ValidationError(
          `This form is too long to send (at most ${maxChars.toLocaleString("en-US")} characters in all). Shorten it and try again.`,
        );
      }
      const user = await authorize();
      const data = schema.parse(input);
      // Counted once the form is valid: a refused form costs a parse, never a write.
      await enforceRateLimits([
        user ? [actionLimits.perUser, user.id] : [actionLimits.perAddress, await requestAddress()],
      ]);
      return (await handler(data, user)) ?? { status: "success" };
    } catch (err) {
      return errorState(err, values);
    }
  };
}

/** An action anyone may call (sign-in, sign-up). */
export function publicAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, null>,
  options?: ActionOptions,
) {
  return build(async () => null, schema, handler, options);
}

/** An action for a signed-in, active member. */
export function userAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, CurrentUser>,
  options?: ActionOptions,
) {
  return build(requireUser, schema, handler, options);
}

/**
 * An action only staff may use. It lets any signed-in member through on purpose: the domain
 * function it calls checks the role itself (`requireStaffRole`) and writes a refused attempt to
 * the audit log as "denied", so every staff action refuses and records a crafted call the same way.
 * The handler must call such a domain function first (tests/integration/staff-actions.test.ts).
 */
export function staffAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, CurrentUser>,
  options?: ActionOptions,
) {
  return build(requireUser, schema, handler, options);
}
