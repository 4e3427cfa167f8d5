import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, mentorshipRequests, queueItems, reports, users, type User } from "@/db/schema";
import { getDashboard } from "@/lib/admin/dashboard";
import { parseDashboardDays } from "@/lib/admin/schemas";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { buildUser } from "@/tests/factories";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

// A fixed "now", long before the real clock, so rows other tests make today fall outside it.
const NOW = new Date("2025-01-31T12:00:00Z");
const at = (iso: string) => new Date(iso);
const OLD = at("2024-01-01T00:00:00Z");

let admin: User;

beforeAll(async () => {
  admin = await insertUser({ role: "admin", createdAt: OLD });
  const [m1, m2] = [
    await insertMentor({}, [], { createdAt: OLD }),
    await insertMentor({}, [], { createdAt: OLD }),
  ];
  const applicants = await Promise.all(
    Array.from({ length: 7 }, () => insertUser({ createdAt: OLD })),
  );
  // Sign-ups: two on Jan 5, one this morning, one after "now" (not counted), one on Dec 1 and
  // one a second before the 30-day window (both only in the 90-day one).
  await db
    .insert(users)
    .values(
      [
        "2025-01-05T09:00:00Z",
        "2025-01-05T23:30:00Z",
        "2025-01-31T11:00:00Z",
        "2025-01-31T13:00:00Z",
        "2024-12-01T00:00:00Z",
        "2025-01-01T23:59:59Z",
      ].map((iso) => ({ ...buildUser(), createdAt: at(iso) })),
    );

  const request = (
    n: number,
    mentor: User,
    fields: Partial<typeof mentorshipRequests.$inferInsert> & { createdAt: Date },
  ) => ({
    applicantId: applicants[n]!.id,
    mentorId: mentor.id,
    goals: "Plan my EB-1A evidence",
    message: "Could you look at my plan?",
    idempotencyKey: `dash-${n}`,
    deadlineAt: new Date(fields.createdAt.getTime() + 7 * 86_400_000),
    ...fields,
  });
  await db.insert(mentorshipRequests).values([
    // Answered in 4 h, accepted, still active.
    request(0, m1, {
      createdAt: at("2025-01-10T00:00:00Z"),
      state: "accepted",
      respondedAt: at("2025-01-10T04:00:00Z"),
      acceptedAt: at("2025-01-10T04:00:00Z"),
    }),
    // Answered in 24 h, accepted, ended on Jan 20 at noon.
    request(1, m1, {
      createdAt: at("2025-01-12T00:00:00Z"),
      state: "completed",
      respondedAt: at("2025-01-13T00:00:00Z"),
      acceptedAt: at("2025-01-13T00:00:00Z"),
      closedAt: at("2025-01-20T12:00:00Z"),
    }),
    // Declined after 10 h.
    request(2, m2, {
      createdAt: at("2025-01-15T00:00:00Z"),
      state: "declined",
      declineReason: "timing",
      respondedAt: at("2025-01-15T10:00:00Z"),
      closedAt: at("2025-01-15T10:00:00Z"),
    }),
    // Stored as pending but past its deadline: reads as expired.
    request(3, m2, { createdAt: at("2025-01-20T00:00:00Z"), state: "pending" }),
    // Pending and still within its deadline.
    request(4, m1, { createdAt: at("2025-01-30T00:00:00Z"), state: "pending" }),
    // Answered in 2 h before the 30-day window, still active.
    request(5, m2, {
      createdAt: at("2024-12-20T00:00:00Z"),
      state: "accepted",
      respondedAt: at("2024-12-20T02:00:00Z"),
      acceptedAt: at("2024-12-20T02:00:00Z"),
    }),
    request(6, m2, {
      createdAt: at("2025-01-25T00:00:00Z"),
      state: "withdrawn",
      closedAt: at("2025-01-26T00:00:00Z"),
    }),
  ]);

  await db.insert(queueItems).values([
    {
      kind: "reports",
      targetType: "post",
      targetId: crypto.randomUUID(),
      openedAt: at("2025-01-05T00:00:00Z"),
      closedAt: at("2025-01-07T12:00:00Z"),
    },
    {
      kind: "hold",
      targetType: "thread",
      targetId: crypto.randomUUID(),
      openedAt: at("2025-01-29T12:00:00Z"),
    },
    {
      kind: "reports",
      targetType: "profile",
      targetId: crypto.randomUUID(),
      openedAt: at("2024-12-25T12:00:00Z"),
    },
  ]);

  const reporter = applicants[0]!;
  await db.insert(reports).values(
    (
      [
        ["spam", "2025-01-03T00:00:00Z"],
        ["spam", "2025-01-20T00:00:00Z"],
        ["personal_data", "2025-01-31T10:00:00Z"],
        ["harassment", "2024-12-15T00:00:00Z"],
        ["spam", "2025-01-31T13:00:00Z"],
      ] as const
    ).map(([reason, iso]) => ({
      reporterId: reporter.id,
      targetType: "post" as const,
      targetId: crypto.randomUUID(),
      reason,
      createdAt: at(iso),
    })),
  );
});

describe("the admin dashboard", () => {
  it("counts the last 30 UTC days, up to now", async () => {
    const d = await getDashboard(admin, 30, NOW);
    expect(d.from).toBe("2025-01-02");
    expect(d.to).toBe("2025-01-31");
    expect(d.daily).toHaveLength(30);
    expect(d.daily[0]?.date).toBe("2025-01-02");
    expect(d.daily.at(-1)?.date).toBe("2025-01-31");
    const day = (date: string) => d.daily.find((p) => p.date === date)!;

    expect(d.totals.signUps).toBe(3);
    expect(day("2025-01-05").signUps).toBe(2);
    expect(day("2025-01-31").signUps).toBe(1);
    expect(d.daily.reduce((s, p) => s + p.signUps, 0)).toBe(3);

    // Active at the end of each day: the December one throughout, the Jan 10 one from then on,
    // the Jan 13 one until it ended on Jan 20.
    expect(day("2025-01-09").activeMentorships).toBe(1);
    expect(day("2025-01-10").activeMentorships).toBe(2);
    expect(day("2025-01-13").activeMentorships).toBe(3);
    expect(day("2025-01-19").activeMentorships).toBe(3);
    expect(day("2025-01-20").activeMentorships).toBe(2);
    expect(d.totals.activeMentorships).toBe(2);
    expect(d.totals.acceptedInPeriod).toBe(2);

    expect(d.totals.requestsSent).toBe(6);
    expect(Object.fromEntries(d.requestsByOutcome.map((o) => [o.outcome, o.count]))).toEqual({
      pending: 1,
      info_requested: 0,
      accepted: 1,
      completed: 1,
      declined: 1,
      withdrawn: 1,
      expired: 1,
    });

    // Answers in the window took 4, 24 and 10 hours.
    expect(d.totals.answers).toBe(3);
    expect(d.totals.medianResponseHours).toBeCloseTo(10, 6);
    expect(d.weekly.map((w) => w.weekStart)).toEqual([
      "2025-01-02",
      "2025-01-09",
      "2025-01-16",
      "2025-01-23",
      "2025-01-30",
    ]);
    expect(d.weekly.map((w) => w.answers)).toEqual([0, 3, 0, 0, 0]);
    expect(d.weekly[1]?.medianHours).toBeCloseTo(10, 6);
    expect(d.weekly[0]?.medianHours).toBeNull();

    expect(d.totals.queueOpen).toBe(2);
    expect(d.totals.queueOpenedInPeriod).toBe(2);
    expect(d.totals.oldestOpenHours).toBeCloseTo(37 * 24, 6);
    expect(day("2025-01-04").queueOpen).toBe(1);
    expect(day("2025-01-05").queueOpen).toBe(2);
    expect(day("2025-01-05").queueOpened).toBe(1);
    expect(day("2025-01-07").queueOpen).toBe(1);
    expect(day("2025-01-29").queueOpen).toBe(2);

    expect(d.totals.reports).toBe(3);
    const byReason = Object.fromEntries(d.reportsByReason.map((r) => [r.reason, r.count]));
    expect(byReason).toMatchObject({ spam: 2, personal_data: 1, harassment: 0, other: 0 });
    expect(d.reportsByReason).toHaveLength(7);
  });

  it("widens to 90 days", async () => {
    const d = await getDashboard(admin, 90, NOW);
    expect(d.daily).toHaveLength(90);
    expect(d.from).toBe("2024-11-03");
    expect(d.totals.signUps).toBe(5);
    expect(d.totals.requestsSent).toBe(7);
    expect(d.totals.acceptedInPeriod).toBe(3);
    // 2, 4, 10 and 24 hours: the median of an even count is the mean of the middle two.
    expect(d.totals.answers).toBe(4);
    expect(d.totals.medianResponseHours).toBeCloseTo(7, 6);
    expect(d.totals.queueOpenedInPeriod).toBe(3);
    expect(d.totals.reports).toBe(4);
    expect(d.reportsByReason.find((r) => r.reason === "harassment")?.count).toBe(1);
    expect(d.weekly).toHaveLength(13);
    expect(d.weekly.reduce((s, w) => s + w.answers, 0)).toBe(4);
  });

  it("is for admins: a moderator and a member are refused, and the refusal is audited", async () => {
    for (const role of ["moderator", "member"] as const) {
      const who = await insertUser({ role });
      await expect(getDashboard(who, 30, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      const denied = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actorId, who.id), eq(auditLog.action, "denied")));
      expect(denied).toHaveLength(1);
      expect(denied[0]?.metadata).toMatchObject({ attempted: "dashboard.view", required: "admin" });
    }
  });

  it("accepts only 30 or 90 days", async () => {
    await expect(getDashboard(admin, 45 as never, NOW)).rejects.toBeInstanceOf(ValidationError);
    await expect(getDashboard(admin, "90" as never, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(parseDashboardDays("90")).toBe(90);
    expect(parseDashboardDays("30")).toBe(30);
    expect(parseDashboardDays(undefined)).toBe(30);
    expect(parseDashboardDays("365")).toBe(30);
    expect(parseDashboardDays("90; drop table users")).toBe(30);
    expect(parseDashboardDays(["90", "30"])).toBe(30);
  });

  it("shows zeros, not gaps, for a period with nothing in it", async () => {
    const d = await getDashboard(admin, 30, at("2023-06-15T08:00:00Z"));
    expect(d.daily).toHaveLength(30);
    expect(d.daily.every((p) => p.signUps === 0 && p.activeMentorships === 0)).toBe(true);
    expect(d.totals.medianResponseHours).toBeNull();
    expect(d.totals.oldestOpenHours).toBeNull();
    expect(d.totals.queueOpen).toBe(0);
    expect(d.requestsByOutcome.every((o) => o.count === 0)).toBe(true);
  });
});
