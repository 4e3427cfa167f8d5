// What a refused sign-in tells the person; wrong email and wrong password read the same.
import type { AuthError } from "next-auth";

export function signInErrorMessage(err: AuthError): {
  message: string;
  unverified?: boolean;
  /** The account is set to be deleted: the page offers to keep it. */
  deleting?: boolean;
} {
  const code = (err as { code?: string }).code ?? "";
  const [reason, detail, why] = code.split(":");
  switch (reason) {
    case "rate_limited": {
      const minutes = Math.max(1, Math.ceil(Number(detail ?? 60) / 60));
      return {
        message: `Too many sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
      };
    }
    case "unverified":
      return {
        message: "Confirm your email address first: open the link we sent you when you signed up.",
        unverified: true,
      };
    case "suspended": {
      const until = detail ? new Date(Number(detail)) : null;
      return {
        message:
          (until
            ? `This account is suspended until ${until.toUTCString().replace(/ GMT$/, " UTC")}.`
            : "This account is suspended. A moderator will review it.") +
          givenReason(why) +
          APPEAL_HINT,
      };
    }
    case "deleting": {
      const due = detail ? new Date(Number(detail)) : null;
      return {
        message: `This account is set to be deleted${due && !Number.isNaN(due.getTime()) ? ` on ${due.toUTCString().slice(0, 16)}` : ""}. To keep it, enter your password again below and choose “Keep my account”.`,
        deleting: true,
      };
    }
    case "banned":
      return {
        message:
          "This account has been closed for breaking the community rules." +
          givenReason(why) +
          APPEAL_HINT,
      };
    default:
      if (err.type === "CredentialsSignin")
        return { message: "That email and password do not match an account." };
      return { message: "We could not sign you in. Please try again." };
  }
}

const APPEAL_HINT = " To appeal, use the link in the email we sent you.";

/** The moderator's reason, as the person should read it; nothing if it is missing or garbled. */
function givenReason(encoded: string | undefined): string {
  if (!encoded) return "";
  try {
    const text = decodeURIComponent(encoded).trim();
    return text ? ` Reason: ${text}${/[.!?]$/.test(text) ? "" : "."}` : "";
  } catch {
    return "";
  }
}
