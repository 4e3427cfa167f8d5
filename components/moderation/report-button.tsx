"use client";

// "Report": a button that opens the report dialog (report-dialog.tsx). The dialog and its
// primitives load on demand, fetched as soon as the pointer or focus reaches the button, so the
// pages that carry a Report button (threads, guides, mentor profiles) stay light on first load.
import { useRef, useState } from "react";
import dynamic from "next/dynamic";
import { Flag } from "lucide-react";
import { Button } from "@/components/ui/button";
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
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={button}
        size="sm"
        variant="ghost"
        aria-label={`Report ${label}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={loadDialog}
        onFocus={loadDialog}
        onClick={() => setOpen(true)}
      >
        <Flag aria-hidden="true" />
        Report
      </Button>
      {open && (
        <ReportDialog
          {...target}
          onClose={() => setOpen(false)}
          // Focus goes back to the button once the dialog is gone, as it would from a trigger.
          onClosed={() => button.current?.focus()}
        />
      )}
    </>
  );
}
