// The text of every email Landed sends. Plain text: it reads everywhere and carries no tracking.
import { absoluteUrl } from "@/lib/env";
import type { EmailMessage } from "./outbox";

const link = absoluteUrl;

const signature =
  "\n\n— Landed\nLanded is a community, not a law firm: nothing here is legal advice.";

// Whoever signs up chooses the address, so this mail may reach a stranger: it carries nothing the
// sender typed (not even the name), only our own words and the link.
export function verifyEmailMessage(to: string, token: string): EmailMessage {
  return {
    to,
    kind: "verify_email",
    subject: "Confirm your email for Landed",
    text:
      `Hello,\n\nConfirm that this is your email address to finish setting up your Landed account:\n\n` +
      `${link(`/verify-email?token=${token}`)}\n\nThe link works once and expires in 24 hours. ` +
      `If you did not sign up, ignore this email.${signature}`,
  };
}

export function accountExistsMessage(to: string): EmailMessage {
  return {
    to,
    kind: "account_exists",
    subject: "Someone tried to sign up to Landed with your email",
    text:
      `Someone (perhaps you) tried to create a Landed account with this email address, but you already have one.\n\n` +
      `Sign in: ${link("/sign-in")}\nForgot your password? ${link("/forgot-password")}\n\n` +
      `If it was not you, you can ignore this email: your account is unchanged.${signature}`,
  };
}

export function passwordResetMessage(to: string, token: string): EmailMessage {
  return {
    to,
    kind: "reset_password",
    subject: "Reset your Landed password",
    text:
      `We received a request to reset the password of your Landed account.\n\n` +
      `${link(`/reset-password?token=${token}`)}\n\nThe link works once and expires in 1 hour. ` +
      `If you did not ask for it, ignore this email: your password is unchanged.${signature}`,
  };
}

export function passwordChangedMessage(to: string): EmailMessage {
  return {
    to,
    kind: "password_changed",
    subject: "Your Landed password was changed",
    text:
      `The password of your Landed account was just changed, and every device was signed out.\n\n` +
      `If this was not you, reset your password now: ${link("/forgot-password")}${signature}`,
  };
}

/** `day` as lib/privacy/grace.ts says it. */
export function accountDeletionMessage(
  to: string,
  day: string,
  removePosts: boolean,
): EmailMessage {
  return {
    to,
    kind: "account_deletion",
    subject: "Your Landed account will be deleted",
    text:
      `You asked to delete your Landed account. It is disabled now, and on ${day} everything we ` +
      `hold about you is erased: your name, email, profiles, case records, evidence files, ` +
      `messages and notifications. ` +
      (removePosts
        ? "Your community posts and guides are removed too. "
        : `Your community posts stay, signed "a former member". `) +
      `This is the last email we send you.\n\nChanged your mind? Sign in before ${day} with your ` +
      `password and choose "Keep my account": ${link("/sign-in")}${signature}`,
  };
}
