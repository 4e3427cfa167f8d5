"use client";

import { FormDialog } from "@/components/forms/form-dialog";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "../actions";

export function SignOutEverywhere() {
  const { state, formAction } = useFormAction(signOutEverywhereAction);
  return (
    <FormDialog
      trigger={<Button variant="secondary">Sign out of every device</Button>}
      title="Sign out of every device?"
      description="Every browser and device signed in to your account, this one included, will need to sign in again."
      formAction={formAction}
      state={state}
      submit="Sign out everywhere"
      pendingLabel="Signing out…"
    />
  );
}
