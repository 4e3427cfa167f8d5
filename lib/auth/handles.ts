// Public handles derived from display names: lower-case ASCII letters, digits and dashes.

export function handleBase(displayName: string): string {
  const ascii = displayName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 24)
    .replace(/-+$/g, "");
  if (ascii.length < 2) return `member${ascii}`;
  // Words that are pages under /mentors/ or elsewhere can never be someone's handle.
  return reservedHandles.has(ascii) ? `${ascii}-member` : ascii;
}

export const reservedHandles = new Set([
  "directory",
  "bookmarks",
  "new",
  "edit",
  "settings",
  "admin",
  "api",
  "me",
  "profile",
]);

export function handleCandidate(
  base: string,
  attempt: number,
  random: () => number = Math.random,
): string {
  if (attempt === 0) return base;
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `${base}-${suffix}`;
}
