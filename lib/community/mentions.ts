// @handle mentions in a post (pure, no I/O). Handles follow lib/auth/handles.ts and the users
// table's check: lower-case letters, digits and dashes, 2–30 characters, starting with a letter or
// digit. Mentions inside code (inline or fenced) and inside email addresses do not count.

/** At most this many people are notified from one post; the rest are ignored. */
export const MAX_MENTIONS_PER_POST = 10;

const FENCED = /^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm;
const INLINE_CODE = /(`+)[^`]*?\1/g;
// Not after a letter, digit, "_", ".", "/", "@" or "-": keeps emails and paths out.
const MENTION = /(?<![A-Za-z0-9_./@-])@([A-Za-z0-9][A-Za-z0-9-]{1,29})(?![A-Za-z0-9_-])/g;

/** The distinct handles mentioned, lower-cased, in order of first mention, at most `max`. */
export function parseMentions(body: string, max = MAX_MENTIONS_PER_POST): string[] {
  const text = body.replace(FENCED, " ").replace(INLINE_CODE, " ");
  const out: string[] = [];
  for (const m of text.matchAll(MENTION)) {
    const handle = m[1]!.toLowerCase().replace(/-+$/, "");
    if (handle.length < 2 || out.includes(handle)) continue;
    out.push(handle);
    if (out.length >= max) break;
  }
  return out;
}
