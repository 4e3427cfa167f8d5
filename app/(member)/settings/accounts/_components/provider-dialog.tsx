"use client";

// Link or unlink one provider: a dialog that asks for the password again (or, for an account with
// no password that signed in recently, only to confirm).
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useToastFormAction } from "@/components/forms/use-form-action";
import { linkAccountAction, unlinkAccountAction } from "../actions";

export function ProviderDialog({
  mode,
  provider,
  name,
  askPassword,
}: {
  mode: "link" | "unlink";
  provider: string;
  name: string;
  /** False for an account with no password whose sign-in is recent enough. */
  askPassword: boolean;
}) {
  const [open, setOpen] = useState(false);
  const { state, formAction, errors } = useToastFormAction(
    mode === "link" ? linkAccountAction : unlinkAccountAction,
    () => setOpen(false),
  );
  const verb = mode === "link" ? "Link" : "Unlink";
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={mode === "link" ? "primary" : "secondary"} size="sm">
          {verb} {name}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>
          {verb} {name}?
        </DialogTitle>
        <DialogDescription>
          {mode === "link"
            ? `We will send you to ${name}. Once you approve there, you can sign in to this account with ${name}.`
            : `You will no longer be able to sign in with ${name}. Your Landed account and everything in it stay as they are.`}
        </DialogDescription>
        <form action={formAction} className="space-y-4" noValidate>
          <input type="hidden" name="provider" value={provider} />
          {state.status === "error" && <FormMessage state={state} />}
          {askPassword ? (
            <TextField
              name="password"
              label="Your password"
              type="password"
              autoComplete="current-password"
              description="For your safety, we ask for it again."
              errors={errors?.password}
              required
            />
          ) : (
            <p className="text-sm text-muted">
              You signed in a few minutes ago, so we do not ask for anything more.
            </p>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <SubmitButton
              variant={mode === "link" ? "primary" : "danger"}
              pendingLabel={mode === "link" ? `Opening ${name}…` : "Unlinking…"}
            >
              {mode === "link" ? `Continue to ${name}` : `Unlink ${name}`}
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
