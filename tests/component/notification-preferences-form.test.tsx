import { render, screen, within } from "@testing-library/react";
import { NotificationPreferencesForm } from "@/app/(member)/settings/_components/notification-preferences-form";
import { notificationTypeLabels, notificationTypes } from "@/lib/notifications/vocabulary";

vi.mock("@/app/(member)/settings/actions", () => ({
  saveNotificationPreferencesAction: vi.fn(async () => ({ status: "success" })),
}));

describe("notification preferences", () => {
  it("shows every kind with labelled checkboxes ticked as the member chose", () => {
    render(
      <NotificationPreferencesForm
        preferences={notificationTypes.map((type) => ({
          type,
          label: notificationTypeLabels[type],
          inApp: type !== "message_new",
          email: type === "request_new",
        }))}
      />,
    );
    expect(screen.getAllByRole("group")).toHaveLength(notificationTypes.length);
    const messages = within(
      screen.getByRole("group", { name: notificationTypeLabels.message_new }),
    );
    expect(messages.getByRole("checkbox", { name: "Show in Landed" })).not.toBeChecked();
    expect(messages.getByRole("checkbox", { name: "Email me" })).not.toBeChecked();
    const requests = within(
      screen.getByRole("group", { name: notificationTypeLabels.request_new }),
    );
    expect(requests.getByRole("checkbox", { name: "Show in Landed" })).toBeChecked();
    expect(requests.getByRole("checkbox", { name: "Email me" })).toBeChecked();
    expect(screen.getByRole("button", { name: "Save notification choices" })).toBeEnabled();
  });
});
