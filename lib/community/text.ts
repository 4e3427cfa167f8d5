// Small pure helpers for community text: URL slugs and the duplicate-post fingerprint.
import { createHash } from "node:crypto";

/** "How do I prove 'judging'? (EB-1A)" → "how-do-i-prove-judging-eb-1a"; never empty. */
export function slugify(title: string, fallback = "thread"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug === "" ? fallback : slug;
}

/** Text compared for "the same post again": case, spacing and Unicode forms do not matter. */
export function normaliseBody(body: string): string {
  return body.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function bodyFingerprint(body: string): string {
  return createHash("sha256").update(normaliseBody(body)).digest("hex");
}
