// /mentors: the ranked matches with their reasons, and the two empty states.
import { act, render, screen, within } from "@testing-library/react";
import type { MentorMatch } from "@/lib/matching/types";
import type { MentorSummary } from "@/lib/mentors/types";

const getMentorMatches = vi.fn<() => Promise<MentorMatch[] | null>>();

vi.mock("@/lib/auth/session", () => ({
  requirePageUser: vi.fn(() =>
    Promise.resolve({ id: "u1", role: "member", displayName: "Priya Raman" }),
  ),
  requireUser: vi.fn(() => Promise.reject(new Error("not used"))),
}));
vi.mock("@/lib/matching/queries", () => ({ getMentorMatches }));
vi.mock("@/app/_actions/bookmark", () => ({
  setBookmarkAction: vi.fn(() => Promise.resolve({ status: "idle" })),
}));

const { default: MentorsPage } = await import("@/app/(member)/mentors/page");

function summary(overrides: Partial<MentorSummary>): MentorSummary {
  return {
    userId: "m1",
    handle: "arjun",
    displayName: "Arjun Mehta",
    bioExcerpt: "NLP researcher.",
    field: "ai_computing",
    topics: [],
    languages: ["hi", "en"],
    verified: true,
    accepting: true,
    capacity: 3,
    activeMentees: 0,
    cases: [{ pathway: "eb1a", outcome: "approved", decidedYear: 2024, verified: true }],
    ...overrides,
  };
}

async function renderPage() {
  render(await MentorsPage({ searchParams: Promise.resolve({}) }));
}

test("without an applicant profile, asks for the case and links to onboarding", async () => {
  getMentorMatches.mockResolvedValueOnce(null);
  await renderPage();
  expect(screen.getByRole("heading", { level: 1, name: "Your mentor matches" })).toBeVisible();
  expect(screen.getByRole("heading", { name: "Tell us about your case" })).toBeVisible();
  expect(screen.getByRole("link", { name: "Describe your case" })).toHaveAttribute(
    "href",
    "/onboarding",
  );
  expect(screen.queryByRole("list", { name: /mentor matches/ })).toBeNull();
});

test("with a profile but nobody matching, explains and links to the directory", async () => {
  getMentorMatches.mockResolvedValueOnce([]);
  await renderPage();
  expect(screen.getByRole("heading", { name: "No mentor matches yet" })).toBeVisible();
  expect(screen.getByRole("link", { name: "Browse the directory" })).toHaveAttribute(
    "href",
    "/mentors/directory",
  );
});

test("lists the matches in rank order, each with its reasons and their points", async () => {
  getMentorMatches.mockResolvedValueOnce([
    {
      rank: 1,
      mentor: summary({}),
      score: 51,
      bookmarked: false,
      reasons: [
        { code: "pathway_approved", label: "Approved EB-1A, your target", weight: 30 },
        { code: "same_chargeability", label: "Same chargeability: India", weight: 15 },
        { code: "shared_language", label: "Speaks Hindi", weight: 6 },
      ],
    },
    {
      rank: 2,
      mentor: summary({
        userId: "m2",
        handle: "kwame",
        displayName: "Kwame Mensah",
        verified: false,
      }),
      score: 20,
      bookmarked: true,
      reasons: [
        { code: "pathway_approved", label: "Approved EB-1A, your target", weight: 30 },
        { code: "load_penalty", label: "Near capacity: 2 of 3 seats taken", weight: -10 },
      ],
    },
  ]);
  await renderPage();

  const nav = screen.getByRole("navigation", { name: "Mentor lists" });
  expect(within(nav).getByRole("link", { name: "Your matches" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  expect(screen.getByText(/verified outcome means an admin checked/i)).toBeVisible();

  const list = screen.getByRole("list", { name: "Your mentor matches, best first" });
  expect(list.tagName).toBe("OL");
  const items = Array.from(list.children) as HTMLElement[];
  expect(items.map((li) => within(li).getByRole("heading", { level: 2 }).textContent)).toEqual([
    "Arjun Mehta",
    "Kwame Mensah",
  ]);

  const first = within(items[0]!).getByRole("list", { name: "Reasons for matching Arjun Mehta" });
  expect(
    within(first)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Approved EB-1A, your target+30", "Same chargeability: India+15", "Speaks Hindi+6"]);
  expect(within(items[0]!).getByText("Verified outcome")).toBeVisible();
  expect(within(items[0]!).getByText("51")).toBeVisible();

  expect(within(items[1]!).getByText("Unverified")).toBeVisible();
  expect(within(items[1]!).getByText("Near capacity: 2 of 3 seats taken")).toBeVisible();
  expect(within(items[1]!).getByText("-10")).toBeVisible();
  expect(within(items[1]!).getByRole("button", { name: "Bookmark Kwame Mensah" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("shows ten matches first, with a link that shows ten more from the eleventh", async () => {
  const many = Array.from({ length: 11 }, (_, i) => ({
    rank: i + 1,
    mentor: summary({ userId: `m${i}`, handle: `mentor${i}`, displayName: `Mentor ${i + 1}` }),
    score: 50 - i,
    bookmarked: false,
    reasons: [{ code: "pathway_approved", label: "Approved EB-1A, your target", weight: 30 }],
  })) satisfies MentorMatch[];
  getMentorMatches.mockResolvedValueOnce(many);
  await renderPage();
  const list = screen.getByRole("list", { name: "Your mentor matches, best first" });
  expect(list.children).toHaveLength(10);
  expect(getMentorMatches).toHaveBeenLastCalledWith(expect.anything(), { limit: 11 });
  expect(screen.getByRole("link", { name: "Show more matches" })).toHaveAttribute(
    "href",
    "/mentors?show=20#match-11",
  );
});

test("a card shows its three strongest reasons and every caution; the rest open on demand", async () => {
  getMentorMatches.mockResolvedValueOnce([
    {
      rank: 1,
      mentor: summary({}),
      score: 40,
      bookmarked: false,
      reasons: [
        { code: "pathway_approved", label: "Approved EB-1A, your target", weight: 30 },
        { code: "same_chargeability", label: "Same chargeability: India", weight: 15 },
        { code: "shared_language", label: "Speaks Hindi", weight: 6 },
        { code: "same_field", label: "Same field", weight: 5 },
        { code: "load_penalty", label: "Near capacity: 2 of 3 seats taken", weight: -10 },
      ],
    },
  ]);
  await renderPage();
  const shown = screen.getByRole("list", { name: "Reasons for matching Arjun Mehta" });
  expect(
    within(shown)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    "Approved EB-1A, your target+30",
    "Same chargeability: India+15",
    "Speaks Hindi+6",
    "Near capacity: 2 of 3 seats taken-10",
  ]);
  // Drawn only when opened: a closed disclosure carries no list.
  expect(screen.queryByRole("list", { name: "Every reason for matching Arjun Mehta" })).toBeNull();
  const details = screen.getByText("All 5 reasons").closest("details")!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  });
  const all = await screen.findByRole("list", { name: "Every reason for matching Arjun Mehta" });
  expect(within(all).getAllByRole("listitem")).toHaveLength(5);
  expect(within(all).getByText("Same field")).toBeVisible();
});
