// What the queue says after a decision: the URL carries a key, never the words, so a link sent to a
// moderator cannot make Landed's own page say something it did not.
export const doneMessages = {
  decided: "Decided. The reporters and the author are told.",
  "appeal-overturned": "Appeal accepted: the decision is reversed.",
  "appeal-upheld": "Appeal declined.",
} as const;

export type DoneKey = keyof typeof doneMessages;

/** The message for a `done` key, or null for anything else. */
export function doneMessage(key: string | undefined): string | null {
  return key && Object.hasOwn(doneMessages, key) ? doneMessages[key as DoneKey] : null;
}
