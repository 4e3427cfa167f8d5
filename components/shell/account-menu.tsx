"use client";

import { useRef } from "react";
import Link from "next/link";
import { Bookmark, ChevronDown, LogOut, PenLine, Settings, Shield, UserRound } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

interface AccountMenuProps {
  displayName: string;
  email: string;
  isStaff: boolean;
  signOutAction: () => Promise<void>;
}

export function AccountMenu({ displayName, email, isStaff, signOutAction }: AccountMenuProps) {
  const signOutForm = useRef<HTMLFormElement>(null);
  const initials = displayName
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <>
      <form ref={signOutForm} action={signOutAction} className="hidden" />
      <DropdownMenu>
        <DropdownMenuTrigger
          className="flex items-center gap-1 rounded-full p-1 pr-2 text-sm hover:bg-surface-muted"
          aria-label={`Account menu for ${displayName}`}
        >
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-full bg-accent text-xs font-semibold text-accent-fg"
          >
            {initials}
          </span>
          <ChevronDown aria-hidden="true" className="size-4 text-muted" />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-60">
          <DropdownMenuLabel>
            <span className="block truncate font-medium text-fg">{displayName}</span>
            <span className="block truncate text-xs font-normal text-muted">{email}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/profile">
              <UserRound aria-hidden="true" className="size-4" /> Your profile
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href="/saved">
              <Bookmark aria-hidden="true" className="size-4" /> Saved
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href="/write">
              <PenLine aria-hidden="true" className="size-4" /> Your writing
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href="/settings">
              <Settings aria-hidden="true" className="size-4" /> Settings
            </Link>
          </DropdownMenuItem>
          {isStaff && (
            <DropdownMenuItem asChild>
              <Link href="/admin/users">
                <Shield aria-hidden="true" className="size-4" /> Administration
              </Link>
            </DropdownMenuItem>
          )}
          <DropdownMenuSeparator />
          {/* The menu unmounts on select, so the form outside it is submitted from here. */}
          <DropdownMenuItem onSelect={() => signOutForm.current?.requestSubmit()}>
            <LogOut aria-hidden="true" className="size-4" /> Sign out
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
