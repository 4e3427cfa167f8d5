import { createRef } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Button } from "@/components/ui/button";

describe("Button", () => {
  test("is a plain button by default, so it does not submit forms by accident", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const onClick = vi.fn();
    render(
      <form aria-label="Search" onSubmit={onSubmit}>
        <Button onClick={onClick}>Add criterion</Button>
      </form>,
    );

    const button = screen.getByRole("button", { name: "Add criterion" });
    expect(button).toHaveAttribute("type", "button");
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test("asChild renders the child link with button styles", () => {
    render(
      <Button asChild variant="secondary" size="lg">
        <a href="https://www.uscis.gov/">Find a mentor</a>
      </Button>,
    );

    const link = screen.getByRole("link", { name: "Find a mentor" });
    expect(link).toHaveAttribute("href", "https://www.uscis.gov/");
    expect(link).not.toHaveAttribute("type");
    expect(link).toHaveClass("btn", "btn-secondary", "btn-lg");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  test("a disabled button ignores clicks", async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button variant="danger" disabled onClick={onClick}>
        Delete account
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Delete account" });
    expect(button).toBeDisabled();
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  test("forwards its ref to the DOM button", () => {
    const ref = createRef<HTMLButtonElement>();
    render(<Button ref={ref}>Save</Button>);
    expect(ref.current).toBe(screen.getByRole("button", { name: "Save" }));
  });

  test("keeps the caller's classes beside the button's short ones (utilities win by CSS layer)", () => {
    render(<Button className="px-8">Wide</Button>);
    const button = screen.getByRole("button", { name: "Wide" });
    expect(button.className).toBe("btn btn-primary btn-md px-8");
  });
});
