import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown, renderedMarkdown } from "@/components/markdown";
import { LINK_REL, safeUrl } from "@/lib/markdown/policy";
import { markdownXssCorpus } from "@/tests/xss-corpus";

const render = (body: string) => renderToStaticMarkup(createElement(Markdown, null, body));

const corpus = markdownXssCorpus;

/** Every element the renderer made: React escapes text, so each `<` left in the output opens one. */
function tags(html: string) {
  return [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)].map(([, name, attrs]) => ({
    name: name!.toLowerCase(),
    attrs: [...attrs!.matchAll(/([a-z-]+)="([^"]*)"/gi)].map(([, k, v]) => ({ k: k!, v: v! })),
  }));
}

const ALLOWED_TAGS = new Set(
  "div p span a strong em del code pre ul ol li blockquote hr br table thead tbody tr th td".split(
    " ",
  ),
);

describe("Markdown rendering", () => {
  it.each(corpus)("renders %j with no executable content", (input) => {
    for (const { name, attrs } of tags(render(input))) {
      expect(ALLOWED_TAGS).toContain(name);
      for (const { k, v } of attrs) {
        expect(k).toMatch(/^(class|href|rel|start|role|aria-label|align)$/);
        if (k === "href") expect(v).toMatch(/^(https?:|mailto:)/);
      }
    }
  });

  it("shows raw HTML as the literal text the member typed", () => {
    const html = render('Before <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(html).toContain("Before &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>");
    expect(tags(html).map((t) => t.name)).toEqual(["div", "p", "p"]);
  });

  it("renders emphasis, lists and paragraphs as elements", () => {
    const html = render("Hello **Lin**,\n\n- one\n- two\n\nSecond paragraph & more");
    expect(html).toContain("<strong>Lin</strong>");
    expect(html).toMatch(/<ul[^>]*>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toContain("Second paragraph &amp; more");
  });

  it("gives every safe link rel=nofollow ugc noopener and no target", () => {
    const html = render("[USCIS](https://www.uscis.gov/) and <mailto:lin@example.com>");
    expect(html).toContain('href="https://www.uscis.gov/"');
    expect(html.match(/rel="nofollow ugc noopener"/g)).toHaveLength(2);
    expect(html).not.toContain("target=");
  });

  it("drops the href of an unsafe link but keeps its words", () => {
    const html = render("[click](javascript:alert(1))");
    expect(html).toContain("click");
    expect(html).not.toContain("href");
  });

  it("shows a task list's boxes as labelled pictures, not unlabelled form controls", () => {
    const html = render("- [x] Invitation emails\n- [ ] Reviewer console screenshots");
    expect(html).not.toContain("<input");
    expect(html).toContain('role="img" aria-label="Done"');
    expect(html).toContain('role="img" aria-label="To do"');
  });

  it("shows an image as its alt text, never fetching it", () => {
    expect(render("![chart](https://evil.example/t.png)")).toContain("[image: chart]");
  });

  it("demotes headings so a post never adds to the page outline", () => {
    expect(render("# Big")).not.toMatch(/<h[1-6]/);
  });
});

describe("the rendered-post cache", () => {
  beforeEach(() => renderedMarkdown.clear());

  it("renders a post once and serves the same markup from then on", () => {
    const body = "**Twelve** reviews, see [the guide](https://example.com/guide).";
    const first = render(body);
    const element = renderedMarkdown.get(body);
    expect(element).toBeDefined();
    expect(render(body)).toBe(first);
    expect(renderedMarkdown.get(body)).toBe(element); // reused, not parsed again
  });

  it("keys on the whole source: posts that differ by one character render apart", () => {
    expect(render("<b>x</b>")).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(render("<b>x</b>!")).toContain("&lt;b&gt;x&lt;/b&gt;!");
    expect(renderedMarkdown.size).toBe(2);
  });

  it("keeps its total size under the bound, dropping the least recently read", () => {
    const big = (n: number) => `${n}${"x".repeat(250_000)}`; // 250 kB each
    for (let n = 0; n < 10; n++) render(big(n));
    expect(renderedMarkdown.calculatedSize).toBeLessThanOrEqual(renderedMarkdown.maxSize);
    expect(renderedMarkdown.has(big(0))).toBe(false);
    expect(renderedMarkdown.has(big(9))).toBe(true);
  });

  it("counts a fixed cost for each post, so many short posts are bounded too", () => {
    for (let n = 0; n < 100; n++) render(`ok ${n}`);
    expect(renderedMarkdown.calculatedSize).toBe(
      [...renderedMarkdown.keys()].reduce((sum, key) => sum + key.length + 250, 0),
    );
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
