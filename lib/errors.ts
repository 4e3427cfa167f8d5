// Domain errors: thrown by lib/ functions, turned into safe messages at the boundary (lib/action.ts).

export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No usable session: signed out, revoked, suspended. */
export class UnauthorizedError extends DomainError {
  constructor(message = "Your session has ended. Please sign in again.") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that.") {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "We could not find what you were looking for.") {
    super(message);
  }
}

export class ConflictError extends DomainError {}

/** The text stored now, sent back with an edit conflict so the form can show it. */
export interface CurrentVersion {
  body: string;
  title: string | null;
  summary?: string;
  version: number;
}

/**
 * An edit made from a version that is no longer the latest (someone saved first). Carries the
 * version now stored; the action wrapper (lib/action.ts) hands it to the form as `conflict`.
 */
export class VersionConflictError extends ConflictError {
  constructor(
    message: string,
    public readonly current: CurrentVersion,
  ) {
    super(message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    public readonly retryAfterSeconds: number,
    message = `Too many attempts. Please wait ${formatWait(retryAfterSeconds)} and try again.`,
  ) {
    super(message);
  }
}

/** Input that passed its schema but breaks a rule that needs the database to check. */
export class ValidationError extends DomainError {
  constructor(
    message: string,
    public readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** "5 seconds", "1 minute", "3 hours": how long until someone may try again. */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} second${s === 1 ? "" : "s"}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? "" : "s"}`;
}
