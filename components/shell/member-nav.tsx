"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { Bell, Compass, LoaderCircle, MessagesSquare, Users, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";

const items = [
  { href: "/feed", label: "Feed", icon: Compass },
  { href: "/mentors", label: "Mentors", icon: Users },
  { href: "/community", label: "Community", icon: MessagesSquare },
  { href: "/notifications", label: "Notifications", icon: Bell },
];

export function MemberNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="-mx-1 overflow-x-auto">
      <ul className="flex items-center justify-between gap-1 sm:justify-start">
        {items.map(({ href, label, icon: Icon }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex flex-col items-center gap-0.5 rounded-md px-2 py-1.5 text-xs font-medium text-muted hover:bg-surface-muted hover:text-fg sm:flex-row sm:gap-1.5 sm:px-2.5 sm:py-2 sm:text-sm",
                  current && "bg-surface-muted text-fg",
                )}
              >
                <NavIcon icon={Icon} />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The link's icon, or a spinner while the page it leads to is loading. */
function NavIcon({ icon: Icon }: { icon: LucideIcon }) {
  const { pending } = useLinkStatus();
  return pending ? (
    <LoaderCircle aria-hidden="true" className="size-4 motion-safe:animate-spin" />
  ) : (
    <Icon aria-hidden="true" className="size-4" />
  );
}
