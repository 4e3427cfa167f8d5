// Auth.js (next-auth v5) wiring: email + password, and OAuth providers when their keys are set.
import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import LinkedIn from "next-auth/providers/linkedin";
import { authSecret } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { verifyCredentials } from "./accounts";
import { clientAddress } from "./ip";
import { linkOAuthAccount } from "./oauth";
import { oauthCredentials, type OAuthProviderId } from "./providers";
import { signInSchema } from "./schemas";
import {
  ABSOLUTE_SESSION_MS,
  IDLE_SESSION_SECONDS,
  revokeSession,
  type SessionClaims,
} from "./session-check";

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

const oauthFactories: Record<
  OAuthProviderId,
  (keys: { clientId: string; clientSecret: string }) => Provider
> = {
  github: (keys) => GitHub(keys),
  google: (keys) => Google(keys),
  linkedin: (keys) => LinkedIn(keys),
};

function oauthProviders(): Provider[] {
  return oauthCredentials().map(({ id, clientId, clientSecret }) =>
    oauthFactories[id]({ clientId, clientSecret }),
  );
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
    async jwt({ token, user, account, profile, trigger }) {
      if (trigger === "signIn" && account && user) {
        let userId = user.id;
        let sessionVersion = user.sessionVersion;
        if (account.type !== "credentials") {
          const linked = await linkOAuthAccount({
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            type: account.type,
            email: profile?.email ?? user.email,
            name: profile?.name ?? user.name,
            emailVerified: profile?.email_verified === true,
          });
          userId = linked.id;
          sessionVersion = linked.sessionVersion;
        }
        return {
          sub: userId,
          name: user.name,
          email: user.email,
          sv: sessionVersion,
          sid: randomUUID(),
          authTime: Date.now(),
        };
      }
      // Client-sent session updates are never trusted; and past the absolute limit the session is over.
      if (!token.authTime || Date.now() - token.authTime > ABSOLUTE_SESSION_MS) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.sid && token.sv && token.authTime) {
        session.claims = {
          userId: token.sub,
          sessionVersion: token.sv,
          sessionId: token.sid,
          authTime: token.authTime,
        };
      }
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
