"use client";

// Dialogs whose code loads when wanted. A page with a Report or Delete button should not ship the
// dialog primitives (focus scopes, portals, the form) on first load: the opener is a plain button
// that fetches the dialog's module when the pointer or focus reaches it, and the dialog (a
// `next/dynamic` component) is rendered only while open. Radix returns focus to a dialog's own
// trigger, and an on-demand dialog has none, so focus goes back to the opener here.
import { useState, type ReactElement, type ReactNode } from "react";
import { Slot } from "radix-ui";

export interface OnDemandDialogControls {
  /** Closes the dialog (unmounts it). */
  close: () => void;
  /** For DialogContent's `onCloseAutoFocus`: focus returns to the opener once the dialog is gone. */
  returnFocus: (event: Event) => void;
}

export function OnDemandDialog({
  opener,
  preload,
  children,
}: {
  /** The button that opens the dialog (a single element; it keeps its own props). */
  opener: ReactElement;
  /** Starts loading the dialog's module (the same import its `next/dynamic` component uses). */
  preload: () => unknown;
  /** The dialog, rendered while open. */
  children: (controls: OnDemandDialogControls) => ReactNode;
}) {
  // The element that opened the dialog, while it is open.
  const [openedBy, setOpenedBy] = useState<HTMLElement | null>(null);
  return (
    <>
      <Slot.Root
        aria-haspopup="dialog"
        aria-expanded={openedBy !== null}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={(event: React.MouseEvent<HTMLElement>) => setOpenedBy(event.currentTarget)}
      >
        {opener}
      </Slot.Root>
      {openedBy &&
        children({
          close: () => setOpenedBy(null),
          returnFocus: (event) => {
            event.preventDefault();
            openedBy.focus();
          },
        })}
    </>
  );
}
