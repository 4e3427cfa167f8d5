import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SubmitButton } from "@/components/forms/submit-button";

describe("SubmitButton", () => {
  test("submits its form", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(
      <form aria-label="Profile" onSubmit={onSubmit}>
        <SubmitButton>Save profile</SubmitButton>
      </form>,
    );

    const button = screen.getByRole("button", { name: "Save profile" });
    expect(button).toHaveAttribute("type", "submit");
    expect(button).toBeEnabled();
    expect(button).not.toHaveAttribute("aria-busy");

    await user.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test("is disabled, busy and says so while the form action runs", async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const action = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(
      <form action={action}>
        <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
      </form>,
    );

    await user.click(screen.getByRole("button", { name: "Save profile" }));

    const pending = await screen.findByRole("button", { name: "Saving…" });
    expect(action).toHaveBeenCalledTimes(1);
    expect(pending).toBeDisabled();
    expect(pending).toHaveAttribute("aria-busy", "true");

    await act(async () => finish());

    const idle = await screen.findByRole("button", { name: "Save profile" });
    expect(idle).toBeEnabled();
    expect(idle).not.toHaveAttribute("aria-busy");
  });

  test("respects disabled when not pending", () => {
    render(
      <form>
        <SubmitButton disabled>Send request</SubmitButton>
      </form>,
    );
    expect(screen.getByRole("button", { name: "Send request" })).toBeDisabled();
  });
});
