import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeProvider } from "@/components/theme/theme-provider";
import { ThemeToggle } from "@/components/theme/theme-toggle";

beforeEach(() => {
  localStorage.clear();
  document.documentElement.className = "";
});

describe("ThemeToggle", () => {
  test("choosing Dark puts the page in dark mode and remembers it", async () => {
    const user = userEvent.setup();
    render(
      <ThemeProvider>
        <ThemeToggle />
      </ThemeProvider>,
    );

    await user.click(screen.getByRole("button", { name: "Theme: System" }));
    expect(screen.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "Dark" }));

    expect(document.documentElement).toHaveClass("dark");
    expect(localStorage.getItem("theme")).toBe("dark");
    expect(screen.getByRole("button", { name: "Theme: Dark" })).toBeInTheDocument();
  });

  test("works from the keyboard and can go back to Light", async () => {
    const user = userEvent.setup();
    render(
      <ThemeProvider>
        <ThemeToggle />
      </ThemeProvider>,
    );

    await user.tab();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: /^Theme/ })).toHaveAttribute("aria-expanded", "true");
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Dark" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(document.documentElement).toHaveClass("dark");
    // Choosing closes the panel.
    expect(screen.queryByRole("button", { name: "Light" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Theme: Dark" }));
    await user.click(screen.getByRole("button", { name: "Light" }));
    expect(document.documentElement).not.toHaveClass("dark");
    expect(document.documentElement).toHaveClass("light");
    expect(screen.getByRole("button", { name: "Theme: Light" })).toBeInTheDocument();
  });

  test("Escape closes the panel and puts focus back on its button", async () => {
    const user = userEvent.setup();
    render(
      <ThemeProvider>
        <ThemeToggle />
      </ThemeProvider>,
    );
    const button = screen.getByRole("button", { name: /^Theme/ });
    await user.click(button);
    expect(screen.getByRole("group", { name: "Theme" })).toBeVisible();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Theme" })).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute("aria-expanded", "false");
  });
});
