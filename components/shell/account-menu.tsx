"use client";

import Link from "next/link";
import {
  Bookmark,
  ChevronDown,
  LogOut,
  PenLine,
  Settings,
  Shield,
  UserRound,
} from "@/components/ui/icons";
import { PopoverPanel, panelItemClassName } from "@/components/ui/popover-panel";

interface AccountMenuProps {
  displayName: string;
  email: string;
  isStaff: boolean;
  signOutAction: () => Promise<void>;
}

export function AccountMenu({ displayName, email, isStaff, signOutAction }: AccountMenuProps) {
  const initials = displayName
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  const links = [
    { href: "/profile", label: "Your profile", Icon: UserRound },
    { href: "/saved", label: "Saved", Icon: Bookmark },
    { href: "/write", label: "Your writing", Icon: PenLine },
    { href: "/settings", label: "Settings", Icon: Settings },
    ...(isStaff ? [{ href: "/admin/users", label: "Administration", Icon: Shield }] : []),
  ];
  return (
    <PopoverPanel
      label={`Account menu for ${displayName}`}
      triggerClassName="flex items-center gap-1 rounded-full p-1 pr-2 text-sm hover:bg-surface-muted"
      panelClassName="w-60"
      trigger={
        <>
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-full bg-accent text-xs font-semibold text-accent-fg"
          >
            {initials}
          </span>
          <ChevronDown aria-hidden="true" className="size-4 text-muted" />
        </>
      }
    >
      {(close) => (
        <>
          <p className="px-2 py-1.5 text-sm">
            <span className="block truncate font-medium text-fg">{displayName}</span>
            <span className="block truncate text-xs text-muted">{email}</span>
          </p>
          <hr className="-mx-1 my-1 border-border" />
          <ul>
            {links.map(({ href, label, Icon }) => (
              <li key={href}>
                <Link href={href} className={panelItemClassName} onClick={close}>
                  <Icon aria-hidden="true" /> {label}
                </Link>
              </li>
            ))}
          </ul>
          <hr className="-mx-1 my-1 border-border" />
          <form action={signOutAction}>
            <button type="submit" className={panelItemClassName}>
              <LogOut aria-hidden="true" /> Sign out
            </button>
          </form>
        </>
      )}
    </PopoverPanel>
  );
}
