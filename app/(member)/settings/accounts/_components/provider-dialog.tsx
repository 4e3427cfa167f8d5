"use client";

// Link or unlink one provider: a dialog that asks for the password again (or, for an account with
// no password that signed in recently, only to confirm).
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/forms/form-dialog";
import { CurrentPasswordField } from "@/components/forms/account-fields";
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
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant={mode === "link" ? "primary" : "secondary"} size="sm">
          {verb} {name}
        </Button>
      }
      title={`${verb} ${name}?`}
      description={
        mode === "link"
          ? `We will send you to ${name}. Once you approve there, you can sign in to this account with ${name}.`
          : `You will no longer be able to sign in with ${name}. Your Landed account and everything in it stay as they are.`
      }
      formAction={formAction}
      state={state}
      fields={{ provider }}
      noValidate
      cancel="Cancel"
      submit={mode === "link" ? `Continue to ${name}` : `Unlink ${name}`}
      pendingLabel={mode === "link" ? `Opening ${name}…` : "Unlinking…"}
      submitVariant={mode === "link" ? "primary" : "danger"}
    >
      {askPassword ? (
        <CurrentPasswordField
          label="Your password"
          description="For your safety, we ask for it again."
          errors={errors?.password}
        />
      ) : (
        <p className="text-sm text-muted">
          You signed in a few minutes ago, so we do not ask for anything more.
        </p>
      )}
    </FormDialog>
  );
}
