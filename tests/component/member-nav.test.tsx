import { render, screen } from "@testing-library/react";
import { MemberNav } from "@/components/shell/member-nav";

vi.mock("next/navigation", () => ({ usePathname: () => "/feed" }));

describe("the bell in the member navigation", () => {
  it("names the unread count on the Notifications link and shows it as a badge", () => {
    render(<MemberNav unreadCount={3} />);
    const link = screen.getByRole("link", { name: "Notifications, 3 unread" });
    expect(link.getAttribute("href")).toBe("/notifications");
    expect(link.textContent).toContain("3");
    // The name comes from the words inside (WCAG 2.5.3, label in name), not from an aria-label.
    expect(link.hasAttribute("aria-label")).toBe(false);
  });

  it("is plain Notifications with no badge when nothing is unread", () => {
    render(<MemberNav unreadCount={0} />);
    const link = screen.getByRole("link", { name: "Notifications" });
    expect(link.textContent).toBe("Notifications");
  });

  it("caps a large count at 99+", () => {
    render(<MemberNav unreadCount={250} />);
    const link = screen.getByRole("link", { name: "Notifications, 250 unread" });
    expect(link.textContent).toContain("99+");
  });
});

describe("the current page in the member navigation", () => {
  it("is marked and coloured as current, with no conflicting colour left in its classes", () => {
    render(<MemberNav />);
    const feed = screen.getByRole("link", { name: "Feed" });
    expect(feed).toHaveAttribute("aria-current", "page");
    // The classes are joined, not merged (cx): the current item swaps text-muted for text-fg.
    expect(feed).toHaveClass("text-fg", "bg-surface-muted");
    expect(feed).not.toHaveClass("text-muted");
    const mentors = screen.getByRole("link", { name: "Mentors" });
    expect(mentors).not.toHaveAttribute("aria-current");
    expect(mentors).toHaveClass("text-muted");
    expect(mentors).not.toHaveClass("text-fg");
  });
});
