import Link from "next/link";
import { cn } from "@/components/ui/cn";

const tabs = [
  { key: "matches", href: "/mentors", label: "Your matches" },
  { key: "directory", href: "/mentors/directory", label: "Directory" },
  { key: "bookmarks", href: "/mentors/bookmarks", label: "Bookmarks" },
] as const;

export type MentorsTab = (typeof tabs)[number]["key"];

/** Links between the three mentor lists; the current one is marked for screen readers too. */
export function MentorsTabs({ current }: { current: MentorsTab }) {
  return (
    <nav aria-label="Mentor lists" className="relative overflow-x-auto border-b border-border">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={cn(
                "-mb-px inline-flex h-10 items-center border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap text-muted hover:text-fg",
                tab.key === current && "border-accent text-fg",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
