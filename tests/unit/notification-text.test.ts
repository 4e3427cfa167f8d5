import { describeNotification } from "@/lib/notifications/text";
import { notificationTypes } from "@/lib/notifications/vocabulary";

const requestId = "3f0c1a52-8a59-4a43-9d1e-2f7d4c8b9a10";

describe("how a notification reads", () => {
  it("every type has a sentence and a link", () => {
    for (const type of notificationTypes) {
      const { text, href } = describeNotification({
        type,
        requestId,
        actorName: "Arjun Mehta",
        data: {},
      });
      expect(text, type).toMatch(/\.$/);
      expect(href, type).toMatch(/^\//);
    }
  });

  it("names the actor, preferring the name recorded with the event", () => {
    expect(
      describeNotification({
        type: "request_accepted",
        requestId,
        actorName: "A. Mehta",
        data: { name: "Arjun Mehta" },
      }),
    ).toEqual({ text: "Arjun Mehta accepted your request.", href: `/mentorships/${requestId}` });
    expect(
      describeNotification({ type: "request_new", requestId, actorName: null, data: {} }).text,
    ).toBe("A member asks you to be their mentor.");
  });

  it("an expiry points the applicant to other matches and the mentor to the request", () => {
    const base = { type: "request_expired" as const, requestId, actorName: null };
    expect(describeNotification({ ...base, data: { name: "Lin", role: "applicant" } })).toEqual({
      text: "Your request to Lin expired without an answer. Your other matches are waiting.",
      href: "/mentors",
    });
    expect(describeNotification({ ...base, data: { name: "Priya", role: "mentor" } })).toEqual({
      text: "The request from Priya expired without an answer.",
      href: `/mentorships/${requestId}`,
    });
  });

  it("a paused mentor is told how to resume", () => {
    const { text, href } = describeNotification({
      type: "mentor_paused",
      requestId: null,
      actorName: null,
      data: {},
    });
    expect(text).toContain("Accepting new mentees");
    expect(href).toBe("/profile/mentor");
  });
});
