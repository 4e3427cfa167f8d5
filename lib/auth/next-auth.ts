// Auth.js (next-auth v5) wiring: email + password, and OAuth providers when their keys are set.
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { verifyCredentials } from "./accounts";
import { clientAddress } from "./ip";
import { oauthSignInCallback } from "./oauth-callback";
import { oauthProviders } from "./oauth-providers";
import { signInSchema } from "./schemas";
import {
  ABSOLUTE_SESSION_MS,
  IDLE_SESSION_SECONDS,
  revokeSession,
  type SessionClaims,
} from "./session-check";
import { claimsFromToken } from "./session-token";

declare module "next-auth" {
  interface Session {
    claims?: SessionClaims;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sv?: number;
    sid?: string;
    authTime?: number;
  }
}

/** The reason a credentials sign-in failed travels in `code`; see signInErrorMessage. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

const credentials = Credentials({
  credentials: { email: {}, password: {} },
  async authorize(raw, request) {
    const parsed = signInSchema.safeParse({ email: raw.email, password: raw.password });
    if (!parsed.success) throw new SignInRefused("invalid");
    try {
      const result = await verifyCredentials(
        parsed.data.email,
        parsed.data.password,
        clientAddress(request.headers),
      );
      if (!result.ok) {
        // reason[:until ms[:why, URI-encoded so it holds no colon]]
        const until = result.until ? String(result.until.getTime()) : "";
        const parts = [result.reason, until, result.why ? encodeURIComponent(result.why) : ""];
        while (parts.length > 1 && !parts.at(-1)) parts.pop();
        throw new SignInRefused(parts.join(":"));
      }
      return {
        id: result.user.id,
        email: result.user.email,
        name: result.user.displayName,
        sessionVersion: result.user.sessionVersion,
      };
    } catch (err) {
      if (err instanceof RateLimitedError)
        throw new SignInRefused(`rate_limited:${err.retryAfterSeconds}`);
      throw err;
    }
  },
});

export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: IDLE_SESSION_SECONDS, updateAge: 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    error(error) {
      // A refused sign-in is an expected outcome, logged by verifyCredentials without a stack trace.
      if (
        error instanceof CredentialsSignin ||
        (error as { type?: string }).type === "CredentialsSignin"
      )
        return;
      logger.error(
        { event: "auth.error", err: { name: error.name, message: error.message } },
        "auth error",
      );
    },
    warn(code) {
      logger.warn({ event: "auth.warning", code }, "auth warning");
    },
    debug() {},
  },
  events: {
    // Every sign-out (our button, or a POST to next-auth's own /api/auth/signout) revokes the
    // session's id, so a copied cookie dies with it (docs/decisions/002).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && token.sid && token.authTime) {
        await revokeSession({ userId: token.sub, sessionId: token.sid, authTime: token.authTime });
      }
    },
  },
  callbacks: {
    async signIn({ user, account, profile }) {
      if (!account || account.type === "credentials") return true;
      return oauthSignInCallback({ user, account, profile }, async () => (await auth())?.claims);
    },
    async jwt({ token, user, account, trigger }) {
      if (trigger === "signIn" && account && user) {
        // The member: from authorize() (credentials) or put on `user` by the signIn callback (OAuth).
        if (!user.id || user.sessionVersion === undefined) return null;
        return {
          sub: user.id,
          name: user.name,
          email: user.email,
          sv: user.sessionVersion,
          sid: randomUUID(),
          authTime: Date.now(),
        };
      }
      // Client-sent session updates are never trusted; and past the absolute limit the session is over.
      if (!token.authTime || Date.now() - token.authTime > ABSOLUTE_SESSION_MS) return null;
      return token;
    },
    session({ session, token }) {
      const claims = claimsFromToken(token);
      if (claims) session.claims = claims;
      return session;
    },
  },
} satisfies Omit<NextAuthConfig, "providers">;

// Built lazily so that `next build` never needs runtime secrets.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  providers: [credentials, ...oauthProviders()],
}));
