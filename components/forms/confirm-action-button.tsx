"use client";

// A button that asks before it acts (delete, discard). The dialog (confirm-action-dialog.tsx)
// loads on demand (components/ui/on-demand-dialog.tsx), so pages with a Delete button do not ship
// the dialog primitives on first load.
import dynamic from "next/dynamic";
import { OnDemandDialog } from "@/components/ui/on-demand-dialog";
import type { ConfirmAction } from "./confirm-action-dialog";

const loadDialog = () => import("./confirm-action-dialog");
const ConfirmActionDialog = dynamic(() => loadDialog().then((m) => m.ConfirmActionDialog), {
  ssr: false,
});

export function ConfirmActionButton({
  trigger,
  ...confirm
}: ConfirmAction & {
  /** The button that opens the dialog. */
  trigger: React.ReactElement;
}) {
  return (
    <OnDemandDialog opener={trigger} preload={loadDialog}>
      {({ close, returnFocus }) => (
        <ConfirmActionDialog {...confirm} onClose={close} onCloseAutoFocus={returnFocus} />
      )}
    </OnDemandDialog>
  );
}
