// What user Markdown may contain once rendered (docs/security.md #10): no raw HTML, links only to
// http(s) and mailto, every link rel="nofollow ugc noopener", no images from elsewhere.

export const LINK_REL = "nofollow ugc noopener";
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The URL if it is safe to link to, else "" (react-markdown's urlTransform contract). Control
 * characters and whitespace are stripped first, as browsers do, so "java\tscript:" is caught;
 * relative URLs are refused too, since a member's message should not point inside the app.
 */
export function safeUrl(url: string): string {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (cleaned === "") return "";
  let parsed: URL;
  try {
    parsed = new URL(cleaned);
  } catch {
    return "";
  }
  return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.toString() : "";
}
