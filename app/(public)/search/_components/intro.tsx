// What the search page shows before anything is searched: what can be found, and a few examples.
import Link from "next/link";
import { BookOpen, MessagesSquare, Users, type IconComponent } from "@/components/ui/icons";
import { Section } from "@/components/ui/section";

const examples = ["judging", "recommendation letters", "RFE", "EB-2 NIW", "premium processing"];

export function SearchIntro({ signedIn }: { signedIn: boolean }) {
  const kinds: { icon: IconComponent; title: string; text: string }[] = [
    {
      icon: BookOpen,
      title: "Guides & articles",
      text: "Guides, articles, checklists and opportunities written by mentors and the Landed team.",
    },
    {
      icon: MessagesSquare,
      title: "Community",
      text: signedIn
        ? "Questions, discussions and their replies, in every category."
        : "Questions, discussions and their replies. Members-only categories are searched once you sign in.",
    },
    {
      icon: Users,
      title: "Mentors",
      text: signedIn
        ? "Mentors by field, topics and what they say about their own case."
        : "Mentors by field, topics and their own case. Sign in to search mentors.",
    },
  ];
  return (
    <Section id="search-intro" title="What you can search" className="space-y-6">
      <ul className="grid gap-4 sm:grid-cols-3">
        {kinds.map(({ icon: Icon, title, text }) => (
          <li
            key={title}
            className="flex flex-col gap-2 rounded-card border border-border bg-surface-raised p-4"
          >
            <span className="inline-flex size-9 items-center justify-center rounded-full bg-accent-subtle text-accent">
              <Icon aria-hidden="true" className="size-4" />
            </span>
            <h3 className="font-semibold">{title}</h3>
            <p className="text-sm text-muted">{text}</p>
          </li>
        ))}
      </ul>
      <div className="space-y-2">
        <h3 className="text-sm font-medium">Try a search</h3>
        <ul className="flex flex-wrap gap-2 text-sm">
          {examples.map((q) => (
            <li key={q}>
              <Link
                href={`/search?q=${encodeURIComponent(q)}`}
                className="inline-block rounded-full border border-border-strong px-3 py-1 hover:bg-surface-muted"
              >
                {q}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
