"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { publicAction, type ActionState } from "@/lib/action";
import { signUp } from "@/lib/auth/accounts";
import {
  requestPasswordReset,
  resendVerification,
  resetPassword,
  verifyEmail,
} from "@/lib/auth/email-links";
import { clientAddress } from "@/lib/auth/ip";
import { signIn } from "@/lib/auth/next-auth";
import {
  emailSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  safeNextPath,
  signInSchema,
  signUpSchema,
  tokenSchema,
} from "@/lib/auth/schemas";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { cancelAccountDeletion } from "@/lib/privacy/deletion";
import { keepAccountSchema } from "@/lib/privacy/schemas";
import { deliverEmailsAfterResponse } from "@/lib/email/deliver";

async function ip(): Promise<string> {
  return clientAddress(await headers());
}

export const signInAction = publicAction(signInSchema, async (data): Promise<ActionState> => {
  try {
    await signIn("credentials", {
      email: data.email,
      password: data.password,
      redirectTo: safeNextPath(data.next),
    });
    return { status: "success" };
  } catch (err) {
    if (err instanceof AuthError) {
      const { message, unverified, deleting } = signInErrorMessage(err);
      return {
        status: "error",
        message,
        values: {
          email: data.email,
          ...(unverified ? { unverified: "1" } : {}),
          ...(deleting ? { deleting: "1" } : {}),
        },
      };
    }
    throw err;
  }
});

/** An account set to be deleted is kept by its owner's password, then this device signs in. */
export const keepAccountAction = publicAction(keepAccountSchema, async (data) => {
  const outcome = await cancelAccountDeletion(data.email, data.password, await ip());
  if (outcome !== "kept") {
    return {
      status: "error",
      message:
        outcome === "too-late"
          ? "The day this account was set to be deleted has come, so it can no longer be kept. You can create a new account with the same email once it is erased."
          : "That email and password do not match an account waiting to be deleted. Check the password and try again.",
      values: { email: data.email, deleting: "1" },
    };
  }
  await signIn("credentials", {
    email: data.email,
    password: data.password,
    redirectTo: "/settings/data?kept=1",
  });
});

export const signUpAction = publicAction(signUpSchema, async (data): Promise<ActionState> => {
  await signUp(data, await ip());
  deliverEmailsAfterResponse();
  return {
    status: "success",
    message: `We sent a confirmation link to ${data.email}. Open it to finish creating your account, then sign in.`,
  };
});

export const resendVerificationAction = publicAction(
  z.strictObject({ email: emailSchema }),
  async (data): Promise<ActionState> => {
    await resendVerification(data.email, await ip());
    deliverEmailsAfterResponse();
    return {
      status: "success",
      message: `If ${data.email} is waiting for confirmation, a new link is on its way.`,
    };
  },
);

export const verifyEmailAction = publicAction(
  z.strictObject({ token: tokenSchema }),
  async (data) => {
    await verifyEmail(data.token);
    redirect("/sign-in?verified=1");
  },
);

export const requestPasswordResetAction = publicAction(
  requestPasswordResetSchema,
  async (data): Promise<ActionState> => {
    // Whether the account exists is looked at only after the response (lib/auth/accounts.ts).
    deliverEmailsAfterResponse(await requestPasswordReset(data.email, await ip()));
    return {
      status: "success",
      message: `If an account exists for ${data.email}, we sent it a link to reset the password. It expires in 1 hour.`,
    };
  },
);

export const resetPasswordAction = publicAction(resetPasswordSchema, async (data) => {
  await resetPassword(data, await ip());
  deliverEmailsAfterResponse();
  redirect("/sign-in?reset=1");
});
