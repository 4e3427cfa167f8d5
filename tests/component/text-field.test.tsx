import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextAreaField, TextField } from "@/components/forms/text-field";

describe("TextField", () => {
  test("the label names the input, and typing goes into it", async () => {
    const user = userEvent.setup();
    render(
      <TextField name="email" label="Email address" type="email" autoComplete="email" required />,
    );

    const input = screen.getByRole("textbox", { name: "Email address" });
    expect(input).toHaveAttribute("name", "email");
    expect(input).toHaveAttribute("type", "email");
    expect(input).toBeRequired();
    expect(input).not.toHaveAttribute("aria-invalid");
    expect(input).not.toHaveAttribute("aria-describedby");

    await user.click(screen.getByText("Email address"));
    expect(input).toHaveFocus();
    await user.keyboard("ada@example.com");
    expect(input).toHaveValue("ada@example.com");
  });

  test("errors are shown, mark the input invalid and describe it, after the description", () => {
    render(
      <TextField
        name="handle"
        label="Handle"
        description="Letters, digits and dashes."
        defaultValue="a b"
        errors={["Use letters, digits and dashes only.", "Handle is taken."]}
      />,
    );

    const input = screen.getByRole("textbox", { name: "Handle" });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveValue("a b");
    expect(input).toHaveAccessibleDescription(
      "Letters, digits and dashes. Use letters, digits and dashes only. Handle is taken.",
    );
    expect(screen.getByText("Handle is taken.")).toBeVisible();
  });

  test("an empty errors array is not an error", () => {
    render(<TextField name="city" label="City" errors={[]} />);
    const input = screen.getByRole("textbox", { name: "City" });
    expect(input).not.toHaveAttribute("aria-invalid");
    expect(input).not.toHaveAttribute("aria-describedby");
  });

  test("two fields on one page get distinct ids", () => {
    render(
      <>
        <TextField name="first" label="First name" errors={["Required."]} />
        <TextField name="last" label="Last name" errors={["Too long."]} />
      </>,
    );
    expect(screen.getByRole("textbox", { name: "First name" })).toHaveAccessibleDescription(
      "Required.",
    );
    expect(screen.getByRole("textbox", { name: "Last name" })).toHaveAccessibleDescription(
      "Too long.",
    );
  });
});

describe("TextAreaField", () => {
  test("labels a textarea and links its errors", async () => {
    const user = userEvent.setup();
    render(
      <TextAreaField
        name="bio"
        label="About you"
        maxLength={500}
        errors={["Tell mentors a little more."]}
      />,
    );

    const textarea = screen.getByRole("textbox", { name: "About you" });
    expect(textarea.tagName).toBe("TEXTAREA");
    expect(textarea).toHaveAttribute("maxlength", "500");
    expect(textarea).toHaveAttribute("aria-invalid", "true");
    expect(textarea).toHaveAccessibleDescription("Tell mentors a little more.");

    await user.type(textarea, "Approved EB-1A, 2023.");
    expect(textarea).toHaveValue("Approved EB-1A, 2023.");
  });
});
