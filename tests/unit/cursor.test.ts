// Every keyset cursor is read by one decoder and one timestamp rule: an impossible or damaged
// cursor starts the list over instead of reaching PostgreSQL (which would answer with a 500).
import { decodeAuditCursor, encodeAuditCursor } from "@/lib/admin/schemas";
import { decodeCommunityCursor, encodeCommunityCursor } from "@/lib/community/cursor";
import {
  decodeCursor,
  encodeCursor,
  encodeJsonCursor,
  keysetPage,
  pgTimestamp,
} from "@/lib/cursor";
import { decodeNotificationCursor, encodeNotificationCursor } from "@/lib/notifications/queries";

const id = "0b6f0c1e-0000-4000-8000-000000000000";

describe("pgTimestamp", () => {
  it("takes timestamps as PostgreSQL prints them", () => {
    for (const t of [
      "2026-12-07 15:21:02.123456+00",
      "2026-12-07T15:21:02Z",
      "2024-02-29 23:59:59+05:30",
      "2026-01-31 00:00:00-08",
    ]) {
      expect(pgTimestamp.safeParse(t).success, t).toBe(true);
    }
  });

  it("refuses impossible dates and times", () => {
    for (const t of [
      "2026-99-07 15:21:02+00",
      "2026-00-07 15:21:02+00",
      "2026-02-30 15:21:02+00",
      "2025-02-29 15:21:02+00",
      "2026-12-32 15:21:02+00",
      "2026-12-07 24:00:00+00",
      "2026-12-07 15:60:02+00",
      "2026-12-07 15:21:61+00",
      "2026-12-07 15:21:02+99",
      "0000-12-07 15:21:02+00",
      "2026-12-07 15:21:02+00\u0000",
    ]) {
      expect(pgTimestamp.safeParse(t).success, t).toBe(false);
    }
  });
});

describe("every list's cursor", () => {
  const impossible = "2026-99-07 15:21:02.1+00";
  it("decodes what it encoded", () => {
    const t = "2026-12-07 15:21:02.123456+00";
    expect(decodeCursor(encodeCursor({ k: "time", t, id }))).toEqual({ k: "time", t, id });
    expect(
      decodeCommunityCursor(encodeCommunityCursor({ s: "latest", v: t, id }), "latest"),
    ).toEqual({ s: "latest", v: t, id });
    expect(decodeAuditCursor(encodeAuditCursor({ t, id: 5 }))).toEqual({ t, id: 5 });
    expect(decodeNotificationCursor(encodeNotificationCursor({ t, id: 5 }))).toEqual({ t, id: 5 });
  });

  it("starts over on a month 99, a damaged value or a forged shape", () => {
    expect(decodeCursor(encodeJsonCursor({ k: "time", t: impossible, id }))).toBeUndefined();
    expect(
      decodeCommunityCursor(encodeJsonCursor({ s: "latest", v: impossible, id }), "latest"),
    ).toBeUndefined();
    expect(decodeAuditCursor(encodeJsonCursor({ t: impossible, id: 5 }))).toBeUndefined();
    expect(decodeNotificationCursor(encodeJsonCursor({ t: impossible, id: 5 }))).toBeUndefined();
    for (const bad of ["", "!!!", "e30", "x".repeat(500), encodeJsonCursor({ k: "time" })]) {
      expect(decodeCursor(bad), bad).toBeUndefined();
    }
  });
});

describe("keysetPage", () => {
  const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
  const after = (last: { id: string }) => `after:${last.id}`;

  it("keeps the first `limit` rows and points after the last when the extra row exists", () => {
    expect(keysetPage(rows, 2, after)).toEqual({
      page: [{ id: "a" }, { id: "b" }],
      nextCursor: "after:b",
    });
  });

  it("has no next cursor on the last page, or on an empty one", () => {
    expect(keysetPage(rows, 3, after)).toEqual({ page: rows, nextCursor: null });
    expect(keysetPage([], 3, after)).toEqual({ page: [], nextCursor: null });
  });
});
