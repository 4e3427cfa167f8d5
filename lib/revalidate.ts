// After a write, which pages show what changed: one function per domain, so an action says what it
// changed ("community") and never lists paths itself. Pages are rendered per request; this drops
// what the client's router and Next's caches hold of them, so the next view shows the write.
import "server-only";
import { revalidatePath } from "next/cache";

const layout = (path: string) => revalidatePath(path, "layout");

export const revalidate = {
  /** Threads, replies, votes, follows: the community's pages, and the feed and saved lists. */
  community() {
    layout("/community");
    revalidatePath("/feed");
    revalidatePath("/saved");
  },

  /** Guides and other items: the library, the writer's list, the feed, saved, the home page. */
  content() {
    layout("/library");
    layout("/write");
    revalidatePath("/feed");
    revalidatePath("/saved");
    revalidatePath("/");
  },

  /** Saving, "not interested", following an author: the lists that show those toggles. */
  saved() {
    revalidatePath("/feed");
    revalidatePath("/saved");
    layout("/library");
    layout("/community");
    // The home page ranks guides by how often they are saved.
    revalidatePath("/");
  },

  /** Bookmarking a mentor: matches, directory, bookmarks and the mentor's page. */
  bookmarks() {
    layout("/mentors");
  },

  /** A mentor's profile or case records: their own pages, the directory and their public page. */
  mentorProfile() {
    layout("/profile/mentor");
    layout("/mentors");
  },

  /** A case record's evidence or verification: the mentor's pages, the admin queue, the badges. */
  verification() {
    layout("/profile/mentor");
    layout("/mentors");
    revalidatePath("/admin/verification");
  },

  /** Requests and their answers: both people's request lists. */
  requests() {
    revalidatePath("/mentorships");
  },

  /** A mentorship's space (messages, checklist, goals, feedback), and the list that shows it. */
  mentorship(requestId: string) {
    revalidatePath(`/mentorships/${requestId}`);
    revalidatePath("/mentorships");
  },

  /** A member's own profile (onboarding and its edits). */
  profile() {
    layout("/profile");
  },

  /** A member's settings: notification choices, exports, connected accounts. */
  settings() {
    layout("/settings");
  },

  /** A member's appeals of moderation decisions about them. */
  appeals() {
    revalidatePath("/moderation");
  },

  /** The moderation queue and its pre-moderation switch. */
  queue() {
    layout("/admin/queue");
  },

  /** One member as staff see them. */
  member(userId: string) {
    revalidatePath("/admin/users");
    revalidatePath(`/admin/users/${userId}`);
  },

  /**
   * Every page: the header on each one counts unread notifications, and a moderation decision, a
   * report that hides something or new terms may change what any page may show.
   */
  everyPage() {
    layout("/");
  },
} as const;
