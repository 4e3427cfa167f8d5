"use client";

// The sections of administration. Moderators see the queue and members; admins see everything.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const sections = [
  { href: "/admin", label: "Dashboard", adminOnly: true },
  { href: "/admin/queue", label: "Review queue", adminOnly: false },
  { href: "/admin/users", label: "Members", adminOnly: false },
  { href: "/admin/verification", label: "Verification", adminOnly: true },
  { href: "/admin/audit", label: "Audit log", adminOnly: true },
];

export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration" className="relative -mx-1 mb-6 overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {sections
          .filter((s) => isAdmin || !s.adminOnly)
          .map((s) => {
            const current =
              s.href === "/admin" ? pathname === "/admin" : pathname.startsWith(s.href);
            return (
              <li key={s.href}>
                <Link
                  href={s.href}
                  aria-current={current ? "page" : undefined}
                  className={cn(
                    "block whitespace-nowrap rounded-control px-3 py-1.5 text-muted hover:bg-surface-muted hover:text-fg",
                    current && "bg-surface-muted font-semibold text-fg",
                  )}
                >
                  {s.label}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
