// The toaster is loaded on the first toast: before it, the layout's <Toaster> renders nothing (and
// sonner is not imported); the first toast mounts sonner's and still shows.
import { act, render, screen } from "@testing-library/react";
import { ThemeProvider } from "@/components/theme/theme-provider";
import { Toaster } from "@/components/ui/toaster";
import { toast } from "@/components/ui/toast";

describe("Toaster", () => {
  test("renders nothing until a toast is shown, then shows it (and the next ones)", async () => {
    const { container } = render(
      <ThemeProvider>
        <p>page</p>
        <Toaster />
      </ThemeProvider>,
    );
    expect(container.querySelector("[data-sonner-toaster]")).toBeNull();
    expect(container.querySelector("section")).toBeNull();

    act(() => toast.success("Saved to your list."));
    expect(await screen.findByText("Saved to your list.")).toBeInTheDocument();
    expect(document.querySelector("[data-sonner-toaster]")).not.toBeNull();

    act(() => toast.error("That did not work."));
    expect(await screen.findByText("That did not work.")).toBeInTheDocument();
    expect(screen.getByText("Saved to your list.")).toBeInTheDocument();
  });
});
