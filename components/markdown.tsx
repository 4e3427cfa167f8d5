// A member's Markdown, rendered safely on the server (docs/security.md #10): react-markdown builds
// React elements from the Markdown syntax tree (never an HTML string), raw HTML in the source is
// shown as the literal text the member typed (remarkHtmlAsText), links pass safeUrl (http(s) and mailto only) and carry rel="nofollow ugc
// noopener", and images are shown as their alt text so no member can make readers fetch a URL.
import { LRUCache } from "lru-cache";
import ReactMarkdown, { type Components, type Options } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { cn } from "@/components/ui/cn";
import { LINK_REL, safeUrl } from "@/lib/markdown/policy";

/**
 * Raw HTML in a post becomes a text node, so `<script>` reads as the characters `<script>` instead
 * of vanishing (the member sees what they wrote) or running. React escapes it when rendering.
 */
function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text = { type: "text" as const, value: node.value };
      // A block of HTML becomes its own paragraph; inline HTML stays inline.
      parent.children[index] = PHRASING_PARENTS.has(parent.type)
        ? text
        : ({ type: "paragraph", children: [text] } as never);
    });
  };
}
const PHRASING_PARENTS = new Set([
  "paragraph",
  "heading",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
  "tableCell",
]);

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel={LINK_REL} className="text-accent underline underline-offset-4">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => (alt ? <span>[image: {alt}]</span> : null),
  // A task list's box is a picture of a state, not a control: "☑ done" / "☐ to do".
  input: ({ checked }) => (
    <span role="img" aria-label={checked ? "Done" : "To do"} className="mr-1">
      {checked ? "☑" : "☐"}
    </span>
  ),
  // Headings inside a post are demoted so they never compete with the page's own outline.
  h1: ({ children }) => <p className="font-semibold">{children}</p>,
  h2: ({ children }) => <p className="font-semibold">{children}</p>,
  h3: ({ children }) => <p className="font-semibold">{children}</p>,
  h4: ({ children }) => <p className="font-semibold">{children}</p>,
  h5: ({ children }) => <p className="font-semibold">{children}</p>,
  h6: ({ children }) => <p className="font-semibold">{children}</p>,
  ul: ({ children }) => <ul className="list-disc space-y-1 pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="list-decimal space-y-1 pl-5">{children}</ol>,
  blockquote: ({ children }) => (
    <blockquote className="border-l-4 border-border pl-3 text-muted">{children}</blockquote>
  ),
  pre: ({ children }) => (
    <pre className="overflow-x-auto rounded-control bg-surface-muted p-3 text-sm">{children}</pre>
  ),
  code: ({ children }) => (
    <code className="rounded bg-surface-muted px-1 text-[0.95em]">{children}</code>
  ),
  table: ({ children }) => (
    <div className="relative overflow-x-auto">
      <table className="border-collapse text-sm">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border border-border px-2 py-1 text-left">{children}</th>,
  td: ({ children }) => <td className="border border-border px-2 py-1">{children}</td>,
};

const options: Readonly<Options> = {
  remarkPlugins: [remarkGfm, remarkHtmlAsText],
  skipHtml: true,
  urlTransform: safeUrl,
  components,
};

/**
 * Rendered posts, by their source. Parsing was about a third of a thread page's CPU (51 posts,
 * parsed on every view), and the result depends on the source alone: the options above never
 * change, and the elements hold nothing about the reader (a page decides who may see a post before
 * it renders one). Measured, a rendered source weighs about 9 bytes of heap per character plus
 * 2.2 kB, so an entry counts its length plus 250 and the bound holds the heap near 18 MB (about
 * 4,500 posts of a typical length), however many threads are read.
 */
export const renderedMarkdown = new LRUCache<string, React.ReactElement>({
  maxSize: 2_000_000,
  sizeCalculation: (_element, source) => source.length + 250,
});

function render(source: string): React.ReactElement {
  let element = renderedMarkdown.get(source);
  if (!element) {
    // react-markdown's Markdown is a plain function of its props (no hooks, no state).
    element = ReactMarkdown({ ...options, children: source });
    renderedMarkdown.set(source, element);
  }
  return element;
}

export function Markdown({ children, className }: { children: string; className?: string }) {
  return <div className={cn("space-y-2 break-words", className)}>{render(children)}</div>;
}
