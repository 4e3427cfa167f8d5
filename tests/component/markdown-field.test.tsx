import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MarkdownField } from "@/components/forms/text-field";

describe("MarkdownField", () => {
  test("previews the Markdown safely and still submits the text from the preview", async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="Ask">
        <MarkdownField name="body" label="Your question" />
      </form>,
    );
    const box = screen.getByRole("textbox", { name: "Your question" });
    await user.type(box, "I need **judging** evidence <img src=x onerror=alert(1)>");

    await user.click(screen.getByRole("button", { name: "Preview" }));
    const preview = screen.getByRole("region", { name: "Preview" });
    // The renderer loads on first use.
    expect(await within(preview).findByText("judging")).toContainHTML("judging");
    expect(preview.querySelector("strong")).toHaveTextContent("judging");
    expect(preview.querySelector("img")).toBeNull();
    expect(screen.getByRole("button", { name: "Back to writing" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    const data = new FormData(screen.getByRole("form", { name: "Ask" }) as HTMLFormElement);
    expect(data.get("body")).toContain("**judging**");

    await user.click(screen.getByRole("button", { name: "Back to writing" }));
    expect(screen.getByRole("textbox", { name: "Your question" })).toHaveValue(
      "I need **judging** evidence <img src=x onerror=alert(1)>",
    );
  });

  test("says so when there is nothing to preview", async () => {
    const user = userEvent.setup();
    render(<MarkdownField name="body" label="Reply" />);
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(screen.getByRole("region", { name: "Preview" })).toHaveTextContent(
      "Nothing to preview yet.",
    );
  });
});
