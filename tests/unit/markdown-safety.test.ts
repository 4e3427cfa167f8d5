import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/markdown";
import { LINK_REL, paragraphsOf, safeUrl } from "@/lib/markdown/policy";

const render = (body: string) => renderToStaticMarkup(createElement(Markdown, null, body));

const corpus = [
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
  '<svg onload="alert(1)"><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
];

describe("Markdown rendering", () => {
  it.each(corpus)("renders %j with no executable content", (input) => {
    const html = render(input);
    // Every tag in the output is the wrapper or a paragraph with only a class: whatever the
    // input held arrives as escaped text, so no element, attribute or URL of it can run.
    const tags = html.match(/<[^>]*>/g) ?? [];
    for (const tag of tags) expect(tag).toMatch(/^<(div|p) class="[a-z0-9 -]+">$|^<\/(div|p)>$/);
    expect(tags.length).toBeGreaterThan(0);
    expect(html).not.toContain("<script");
  });

  it("keeps the words, line breaks and paragraphs of a message", () => {
    const html = render("Hello **Lin**,\nline two\n\nSecond paragraph & more");
    expect(html).toBe(
      '<div class="space-y-2 break-words"><p class="whitespace-pre-wrap">Hello **Lin**,\nline two</p><p class="whitespace-pre-wrap">Second paragraph &amp; more</p></div>',
    );
  });

  it("splits paragraphs on blank lines and drops empty ones", () => {
    expect(paragraphsOf("a\r\n\r\n\r\nb\n \n")).toEqual(["a", "b"]);
  });
});

describe("safeUrl", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\u0000script:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "file:///etc/passwd",
    "/admin",
    "//evil.example",
    "",
  ])("refuses %j", (url) => {
    expect(safeUrl(url)).toBe("");
  });

  it.each([
    ["https://www.uscis.gov/", "https://www.uscis.gov/"],
    ["http://example.com/a?b=1", "http://example.com/a?b=1"],
    ["mailto:lin@example.com", "mailto:lin@example.com"],
  ])("allows %j", (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  it("links carry nofollow ugc noopener", () => {
    expect(LINK_REL.split(" ").sort()).toEqual(["nofollow", "noopener", "ugc"]);
  });
});
