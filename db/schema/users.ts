import { sql } from "drizzle-orm";
import {
  boolean,
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
// "deleting": the member asked to delete the account; it is disabled until erasure (lib/privacy).
export const userStatus = pgEnum("user_status", ["active", "suspended", "banned", "deleting"]);
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
    /** When the member asked to delete the account, and when it is erased (status "deleting"). */
    deletionRequestedAt: timestamp("deletion_requested_at", { withTimezone: true }),
    deletionDueAt: timestamp("deletion_due_at", { withTimezone: true }),
    /** The member chose to have their posts removed too, not kept as "a former member". */
    deletionRemovesPosts: boolean("deletion_removes_posts").notNull().default(false),
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
    // Compared as text: migrations run in one transaction, where a new enum value cannot be used.
    check(
      "users_deletion_due_when_deleting",
      sql`(${t.status}::text = 'deleting') = (${t.deletionDueAt} is not null)`,
    ),
    index("users_deletion_due_idx")
      .on(t.deletionDueAt)
      .where(sql`${t.deletionDueAt} is not null`),
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
    // When the link was proven: the provider vouched for the email at sign-up, or the signed-in
    // owner linked it with their password. Null (every link made before this column) is unproven,
    // and a password reset removes it (docs/decisions/016).
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
    // One account per provider for each member: Settings shows each provider once.
    uniqueIndex("accounts_user_provider_unique").on(t.userId, t.provider),
  ],
);

// A member's request to link a provider, made after their password was checked in Settings; its
// token travels in an httpOnly cookie to the provider's callback, and only its SHA-256 is kept.
export const accountLinkIntents = pgTable(
  "account_link_intents",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_link_intents_user_id_idx").on(t.userId)],
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

/**
 * Where an account signed in successfully before, as a keyed hash of the address (never the
 * address): while the account is under attack these still get in at once
 * (docs/decisions/013-sign-in-throttling.md). Rows older than 90 days are swept.
 */
export const knownSignInAddresses = pgTable(
  "known_sign_in_addresses",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addressHash: text("address_hash").notNull(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.addressHash] }),
    index("known_sign_in_addresses_last_idx").on(t.lastSignInAt),
  ],
);
