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
  return ascii.length >= 2 ? ascii : `member${ascii}`;
}

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
