"use client";

import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { signOutEverywhereAction } from "../actions";

export function SignOutEverywhere() {
  const { state, formAction } = useFormAction(signOutEverywhereAction);
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="secondary">Sign out of every device</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Sign out of every device?</DialogTitle>
        <DialogDescription>
          Every browser and device signed in to your account, this one included, will need to sign
          in again.
        </DialogDescription>
        <form action={formAction}>
          <FormMessage state={state} />
          <DialogFooter>
            <SubmitButton variant="danger" pendingLabel="Signing out…">
              Sign out everywhere
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
