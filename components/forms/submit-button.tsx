"use client";

import { useFormStatus } from "react-dom";
import { LoaderCircle } from "@/components/ui/icons";
import { Button, type ButtonProps } from "@/components/ui/button";

export type SubmitButtonProps = Omit<ButtonProps, "type" | "asChild"> & {
  /** Shown while the form's action runs, e.g. "Saving…". */
  pendingLabel?: string;
  /** For a form that posts to a URL (an upload): whether it is being sent. */
  pending?: boolean;
};

export function SubmitButton({
  children,
  pendingLabel,
  disabled,
  pending: sending,
  ...props
}: SubmitButtonProps) {
  const status = useFormStatus();
  const pending = sending ?? status.pending;
  return (
    <Button
      type="submit"
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending ? (
        <>
          <LoaderCircle aria-hidden="true" className="motion-safe:animate-spin" />
          {pendingLabel ?? children}
        </>
      ) : (
        children
      )}
    </Button>
  );
}
