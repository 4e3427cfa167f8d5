"use client";

import { useActionState } from "react";
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
import { idleState } from "@/components/forms/state";
import { SubmitButton } from "@/components/forms/submit-button";
import { signOutEverywhereAction } from "../actions";

export function SignOutEverywhere() {
  const [state, formAction] = useActionState(signOutEverywhereAction, idleState);
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
