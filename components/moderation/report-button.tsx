"use client";

// "Report": a button that opens the report dialog (report-dialog.tsx), loaded on demand
// (components/ui/on-demand-dialog.tsx), so the pages that carry a Report button (threads, guides,
// mentor profiles) do not ship the dialog on first load.
import dynamic from "next/dynamic";
import { Flag } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { OnDemandDialog } from "@/components/ui/on-demand-dialog";
import type { ReportTarget } from "./report-dialog";

const loadDialog = () => import("./report-dialog");
const ReportDialog = dynamic(() => loadDialog().then((m) => m.ReportDialog), { ssr: false });

export function ReportButton({
  label,
  ...target
}: ReportTarget & {
  /** Names what is reported, for the button's accessible name ("Report Lin's reply"). */
  label: string;
}) {
  return (
    <OnDemandDialog
      preload={loadDialog}
      opener={
        <Button size="sm" variant="ghost" aria-label={`Report ${label}`}>
          <Flag aria-hidden="true" />
          Report
        </Button>
      }
    >
      {({ close, returnFocus }) => (
        <ReportDialog {...target} onClose={close} onCloseAutoFocus={returnFocus} />
      )}
    </OnDemandDialog>
  );
}
