// Bookmarks of mentors: idempotent, only real mentors, listed newest first in keyset pages.
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { bookmarks, users } from "@/db/schema";
import { decodeCursor } from "@/lib/cursor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { setBookmark } from "@/lib/mentors/mutations";
import { DIRECTORY_PAGE_SIZE, listBookmarkedMentors } from "@/lib/mentors/directory";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

function bookmarksOf(userId: string) {
  return db
    .select()
    .from(bookmarks)
    .where(and(eq(bookmarks.userId, userId), eq(bookmarks.targetType, "mentor")));
}

test("setting a bookmark twice keeps one; removing twice is fine", async () => {
  const member = await insertUser();
  const mentor = await insertMentor();
  await setBookmark(member, mentor.id, true);
  await setBookmark(member, mentor.id, true);
  expect((await bookmarksOf(member.id)).map((b) => b.targetId)).toEqual([mentor.id]);
  await setBookmark(member, mentor.id, false);
  await setBookmark(member, mentor.id, false);
  expect(await bookmarksOf(member.id)).toEqual([]);
});

test("oneself, a member without a mentor profile, an unknown id or a banned mentor cannot be bookmarked", async () => {
  const member = await insertMentor();
  const plain = await insertUser();
  const banned = await insertMentor({}, [], { status: "banned" });
  await expect(setBookmark(member, member.id, true)).rejects.toThrow(ValidationError);
  await expect(setBookmark(member, plain.id, true)).rejects.toThrow(NotFoundError);
  await expect(setBookmark(member, crypto.randomUUID(), true)).rejects.toThrow(NotFoundError);
  await expect(setBookmark(member, "x'; drop table bookmarks; --", true)).rejects.toThrow(
    NotFoundError,
  );
  await expect(setBookmark(member, banned.id, true)).rejects.toThrow(NotFoundError);
  expect(await bookmarksOf(member.id)).toEqual([]);
});

test("lists the actor's bookmarks only, newest first, in pages, hiding suspended mentors", async () => {
  const member = await insertUser();
  const other = await insertUser();
  const made: string[] = [];
  for (let i = 0; i < DIRECTORY_PAGE_SIZE + 5; i++) {
    const mentor = await insertMentor();
    await db.insert(bookmarks).values({
      userId: member.id,
      targetType: "mentor",
      targetId: mentor.id,
      // Several share a moment, so the id breaks ties.
      createdAt: new Date(Date.UTC(2026, 3, 1, 0, Math.floor(i / 3))),
    });
    made.push(mentor.id);
  }
  const otherMentor = await insertMentor();
  await setBookmark(other, otherMentor.id, true);

  const first = await listBookmarkedMentors(member);
  expect(first.mentors).toHaveLength(DIRECTORY_PAGE_SIZE);
  // The cursor points after the last mentor shown (its bookmark's time and id).
  expect(decodeCursor(first.next)).toEqual({
    k: "time",
    t: expect.any(String),
    id: first.mentors.at(-1)!.userId,
  });
  const second = await listBookmarkedMentors(member, first.next);
  expect(second.next).toBeUndefined();
  const seen = [...first.mentors, ...second.mentors].map((m) => m.userId);
  expect(seen).toHaveLength(made.length);
  expect(new Set(seen)).toEqual(new Set(made));
  expect(seen).not.toContain(otherMentor.id);
  // Newest bookmark first: the last minute's group leads.
  expect(made.slice(-1)).toContain(seen[0]);

  await db
    .update(users)
    .set({ status: "suspended" })
    .where(eq(users.id, made.at(-1)!));
  const after = await listBookmarkedMentors(member);
  expect(after.mentors.map((m) => m.userId)).not.toContain(made.at(-1));
});
