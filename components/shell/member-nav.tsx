"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import {
  Bell,
  Compass,
  Handshake,
  LibraryBig,
  LoaderCircle,
  MessagesSquare,
  Users,
  type IconComponent,
} from "@/components/ui/icons";
import { cx } from "@/components/ui/cx";

const items = [
  { href: "/feed", label: "Feed", icon: Compass },
  { href: "/mentors", label: "Mentors", icon: Users },
  { href: "/mentorships", label: "Mentorships", icon: Handshake },
  { href: "/community", label: "Community", icon: MessagesSquare },
  { href: "/library", label: "Library", icon: LibraryBig },
  { href: "/notifications", label: "Notifications", icon: Bell },
];

/** The main navigation; the Notifications item carries the unread count as a badge (the bell). */
export function MemberNav({ unreadCount = 0 }: { unreadCount?: number }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="relative -mx-1 overflow-x-auto">
      {/* On a phone the bell is last: room above and after it keeps its badge inside the scroll box. */}
      <ul className="flex items-center justify-between gap-0 pt-1 pr-2 sm:justify-start sm:gap-1 sm:pt-0 sm:pr-0">
        {items.map(({ href, label, icon: Icon }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          const unread = href === "/notifications" ? unreadCount : 0;
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                // No two classes set one property (cx does not merge): the current item swaps
                // its colours rather than adding to them.
                className={cx(
                  "flex flex-col items-center gap-0.5 rounded-md px-1 py-1.5 text-[0.6875rem] font-medium hover:bg-surface-muted hover:text-fg sm:flex-row sm:gap-1.5 sm:px-2.5 sm:py-2 sm:text-sm",
                  current ? "bg-surface-muted text-fg" : "text-muted",
                )}
              >
                <span className="relative">
                  <NavIcon icon={Icon} />
                  {unread > 0 && (
                    <span
                      aria-hidden="true"
                      data-testid="unread-badge"
                      className="absolute -top-2 -right-2.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-accent px-1 text-[0.625rem] leading-none font-semibold text-accent-fg tabular-nums"
                    >
                      {unread > 99 ? "99+" : unread}
                    </span>
                  )}
                </span>
                {/* On a phone the bell stands alone (its name is still read out), so all six fit. */}
                <span
                  className={href === "/notifications" ? "sr-only sm:not-sr-only" : undefined}
                  aria-hidden={unread > 0 ? true : undefined}
                >
                  {label}
                </span>
                {/* The name is read from words inside the link, not an aria-label, so it contains
                    the words shown (WCAG 2.5.3); one text node, so no reader splits it. */}
                {unread > 0 && <span className="sr-only">{`${label}, ${unread} unread`}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The link's icon, or a spinner while the page it leads to is loading. */
function NavIcon({ icon: Icon }: { icon: IconComponent }) {
  const { pending } = useLinkStatus();
  return pending ? (
    <LoaderCircle aria-hidden="true" className="size-4 motion-safe:animate-spin" />
  ) : (
    <Icon aria-hidden="true" className="size-4" />
  );
}
