// What erasure takes out of the texts it keeps (docs/decisions/014-your-data.md): the member's
// name, handle and email where they wrote them themselves, and @mentions of them in anyone's
// text (a freed handle must not point at whoever takes it next). Pure, no I/O.

export interface Identity {
  email: string;
  displayName: string;
  handle: string;
}

/** How an erased member reads wherever their name stood. */
export const FORMER_MEMBER = "a former member";
/** A mention of an erased member: not a valid handle, so it links to no one. */
export const FORMER_MENTION = "@[former member]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Scripts written without spaces between words: a name there has no word boundary to look for.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** A whole word (or address) as written, in any case; letters around it keep it from matching. */
function wordPattern(text: string): RegExp | null {
  const trimmed = text.trim();
  if (trimmed.length < 2) return null;
  const before = UNSPACED.test(trimmed.at(0)!) ? "" : "(?<![\\p{L}\\p{N}_@.-])";
  const after = UNSPACED.test(trimmed.at(-1)!) ? "" : "(?![\\p{L}\\p{N}_-])";
  return new RegExp(`${before}${escapeRegExp(trimmed)}${after}`, "giu");
}

/** Mentions of the member's handle (`@handle`, any case) in anyone's text. */
export function withoutMentions(text: string, handle: string): string {
  const pattern = new RegExp(`@${escapeRegExp(handle)}(?![a-z0-9-])`, "gi");
  return text.replace(pattern, FORMER_MENTION);
}

/**
 * The member's own text with their email, name and handle taken out: the email first (it may
 * contain the handle), then mentions, then the name and the handle as whole words.
 */
export function withoutIdentity(text: string, who: Identity): string {
  let out = text;
  for (const [pattern, replacement] of [
    [wordPattern(who.email), FORMER_MEMBER],
    [new RegExp(`@${escapeRegExp(who.handle)}(?![a-z0-9-])`, "gi"), FORMER_MENTION],
    [wordPattern(who.displayName), FORMER_MEMBER],
    [wordPattern(who.handle), FORMER_MEMBER],
  ] as const) {
    if (pattern) out = out.replace(pattern, replacement);
  }
  return out;
}

/** Whether any of the three still appears in the text, in any case (the erasure test's check). */
export function mentionsIdentity(text: string, who: Identity): boolean {
  const lower = text.toLowerCase();
  return [who.email, who.displayName, who.handle].some(
    (s) => s.trim().length >= 2 && lower.includes(s.trim().toLowerCase()),
  );
}
