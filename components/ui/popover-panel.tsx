"use client";

// A button that shows a small panel of links and buttons below it: the WAI-ARIA disclosure
// pattern, not a `menu` widget (the header's account and theme panels hold ordinary links and
// buttons). Escape closes it and puts focus back on the button; a click outside, or focus
// leaving it, closes it too. It replaces Radix's DropdownMenu in the header, which shipped a
// positioning engine (floating-ui) and focus management to every page: about 30 kB gzipped of the
// first-load budget (docs/performance.md: 180 kB).
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cx } from "./cx";

interface PopoverPanelProps {
  /** The button's content (an icon, initials) and its accessible name. */
  trigger: ReactNode;
  label: string;
  triggerClassName?: string;
  panelClassName?: string;
  /** The panel's content; `close` hides it (after a choice). */
  children: (close: () => void) => ReactNode;
}

export function PopoverPanel({
  trigger,
  label,
  triggerClassName,
  panelClassName,
  children,
}: PopoverPanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  return (
    <div
      ref={root}
      className="relative"
      onBlur={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        className={triggerClassName}
        onClick={() => setOpen((o) => !o)}
      >
        {trigger}
        {/* The name is hidden words inside, not an aria-label: the trigger shows a picture (an
            icon, an avatar's initials; aria-hidden), and an aria-label that leaves out shown
            text fails label-in-name (WCAG 2.5.3). */}
        <span className="sr-only">{label}</span>
      </button>
      {/* Rendered only while open, so its links are not in the page (or the DOM) when closed. */}
      {open && (
        <div
          id={panelId}
          className={cx(
            "absolute right-0 z-50 mt-1 min-w-40 rounded-control border border-border bg-surface-raised p-1 text-fg shadow-lg",
            panelClassName,
          )}
        >
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}

/** The look of one row in a panel (a link or a button). */
export const panelItemClassName = cx(
  "flex w-full items-center gap-2 rounded-sm px-2 py-1.5 text-left text-sm text-fg",
  "hover:bg-accent-subtle focus-visible:bg-accent-subtle focus-visible:outline-offset-[-2px]",
  "[&_svg]:size-4 [&_svg]:shrink-0",
);
