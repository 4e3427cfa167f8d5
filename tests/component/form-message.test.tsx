import { render, screen } from "@testing-library/react";
import { FormMessage } from "@/components/forms/form-message";

describe("FormMessage", () => {
  test("shows nothing while idle", () => {
    const { container } = render(<FormMessage state={{ status: "idle" }} />);
    expect(container).toBeEmptyDOMElement();
  });

  test("announces an error as an alert", () => {
    render(
      <FormMessage
        state={{
          status: "error",
          message: "Please correct the fields marked below.",
          fieldErrors: { email: ["Required"] },
        }}
      />,
    );
    const alert = screen.getByRole("alert", { name: "Form error" });
    expect(alert).toHaveTextContent("Please correct the fields marked below.");
    expect(alert).not.toHaveTextContent("Required");
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  test("announces a success message politely", () => {
    render(<FormMessage state={{ status: "success", message: "Your profile is saved." }} />);
    expect(screen.getByRole("status", { name: "Form success" })).toHaveTextContent(
      "Your profile is saved.",
    );
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("shows nothing for a success without a message", () => {
    const { container } = render(<FormMessage state={{ status: "success" }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
