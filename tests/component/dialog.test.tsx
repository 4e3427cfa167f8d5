import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

function WithdrawDialog() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="secondary">Withdraw request</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Withdraw your request?</DialogTitle>
        <DialogDescription>The mentor will no longer see it.</DialogDescription>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Keep it</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

describe("Dialog", () => {
  test("opens on click, is named by its title and closes with the Close button", async () => {
    const user = userEvent.setup();
    render(<WithdrawDialog />);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    const trigger = screen.getByRole("button", { name: "Withdraw request" });
    await user.click(trigger);

    const dialog = screen.getByRole("dialog", { name: "Withdraw your request?" });
    expect(dialog).toHaveAccessibleDescription("The mentor will no longer see it.");

    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  test("opens from the keyboard, moves focus inside and closes with Escape", async () => {
    const user = userEvent.setup();
    render(<WithdrawDialog />);

    await user.tab();
    expect(screen.getByRole("button", { name: "Withdraw request" })).toHaveFocus();
    await user.keyboard("{Enter}");

    const dialog = screen.getByRole("dialog", { name: "Withdraw your request?" });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
