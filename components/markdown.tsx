// A member's message, shown safely. react-markdown and remark-gfm are not installed yet, so the
// text is rendered as plain paragraphs (React escapes everything: no HTML, links or images run).
// When they are, render with skipHtml, urlTransform={safeUrl}, links with rel={LINK_REL} and no
// target, and images dropped (lib/markdown/policy.ts).
import { paragraphsOf } from "@/lib/markdown/policy";
import { cn } from "@/components/ui/cn";

export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cn("space-y-2 break-words", className)}>
      {paragraphsOf(children).map((paragraph, i) => (
        <p key={i} className="whitespace-pre-wrap">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
