import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { timestamps } from "./columns";

export const userRole = pgEnum("user_role", ["member", "moderator", "admin"]);
export const userStatus = pgEnum("user_status", ["active", "suspended", "banned"]);
export const tokenPurpose = pgEnum("token_purpose", ["verify_email", "reset_password"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stored lower-cased by the app; the unique index on lower(email) makes it true in the database.
    email: text("email").notNull(),
    handle: text("handle").notNull(),
    displayName: text("display_name").notNull(),
    // Null for accounts that only sign in through an OAuth provider.
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("member"),
    status: userStatus("status").notNull().default("active"),
    suspendedUntil: timestamp("suspended_until", { withTimezone: true }),
    // Carried in every session token; bumping it ends every session (docs/decisions/002).
    sessionVersion: integer("session_version").notNull().default(1),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }),
    // The policies version last accepted, kept here for a free check on every request; every
    // acceptance is also in policy_acceptances (lib/policies).
    policyVersion: text("policy_version"),
    policyAcceptedAt: timestamp("policy_accepted_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`),
    uniqueIndex("users_handle_lower_unique").on(sql`lower(${t.handle})`),
    index("users_created_at_idx").on(t.createdAt, t.id),
    check("users_handle_format", sql`${t.handle} ~ '^[a-z0-9][a-z0-9-]{1,29}$'`),
    check("users_display_name_length", sql`char_length(${t.displayName}) between 1 and 80`),
    check("users_session_version_positive", sql`${t.sessionVersion} > 0`),
    check(
      "users_policy_accepted_together",
      sql`(${t.policyVersion} is null) = (${t.policyAcceptedAt} is null)`,
    ),
  ],
);

// OAuth links, in the shape of Auth.js's adapter table so an adapter could take it over.
export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

// Single-use, expiring links (email verification, password reset); only a SHA-256 of the token is kept.
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("verification_tokens_hash_unique").on(t.tokenHash),
    index("verification_tokens_user_purpose_idx").on(t.userId, t.purpose),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];
export type UserStatus = (typeof userStatus.enumValues)[number];

// Sessions signed out one by one (a session id in the JWT); rows past their expiry can be dropped.
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text("session_id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_at_idx").on(t.expiresAt)],
);
