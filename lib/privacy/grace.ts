// The grace period of an account deletion, and how its day reads (pure: pages, emails and the
// sign-in messages share it).

/** Days between the request and erasure; signing in before then can keep the account. */
export const DELETION_GRACE_DAYS = 14;

/** The date a deletion asked for at `now` is carried out. */
export function deletionDueAt(now: Date): Date {
  return new Date(now.getTime() + DELETION_GRACE_DAYS * 86_400_000);
}

/** A day as messages say it, in UTC: "Mon, 21 Dec 2026". */
export function deletionDay(date: Date): string {
  return date.toUTCString().slice(0, 16);
}
