import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inbox } from "@/components/ui/icons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";

describe("Alert", () => {
  test("danger interrupts as an alert; other tones are polite statuses", () => {
    render(
      <>
        <Alert tone="danger" title="Request not sent" aria-label="Request error">
          You already have 3 pending requests.
        </Alert>
        <Alert tone="warning">Your request expires in 2 days.</Alert>
      </>,
    );
    const alert = screen.getByRole("alert", { name: "Request error" });
    expect(alert).toHaveTextContent("Request not sent");
    expect(alert).toHaveTextContent("You already have 3 pending requests.");
    expect(screen.getByRole("status")).toHaveTextContent("Your request expires in 2 days.");
  });
});

describe("Skeleton", () => {
  test("is hidden from assistive technology", () => {
    render(
      <div data-testid="loading">
        <Skeleton className="h-4 w-40" />
      </div>,
    );
    const skeleton = screen.getByTestId("loading").firstElementChild;
    expect(skeleton).toHaveAttribute("aria-hidden", "true");
    expect(skeleton).toHaveClass("motion-safe:animate-pulse");
    expect(skeleton).not.toHaveClass("animate-pulse");
  });
});

describe("native form controls", () => {
  test("checkbox and select post with the form and can be marked invalid", async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="Preferences">
        <Checkbox id="verified" name="verifiedOnly" value="on" aria-invalid="true" />
        <Label htmlFor="verified">Verified mentors only</Label>
        <Label htmlFor="pathway">Pathway</Label>
        <Select id="pathway" name="pathway" defaultValue="">
          <option value="">Any</option>
          <option value="eb1a">EB-1A</option>
          <option value="niw">EB-2 NIW</option>
        </Select>
      </form>,
    );

    const checkbox = screen.getByRole("checkbox", { name: "Verified mentors only" });
    expect(checkbox).toHaveAttribute("aria-invalid", "true");
    await user.click(screen.getByText("Verified mentors only"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Pathway" }), "EB-2 NIW");

    const data = new FormData(screen.getByRole("form", { name: "Preferences" }) as HTMLFormElement);
    expect(data.get("verifiedOnly")).toBe("on");
    expect(data.get("pathway")).toBe("niw");
  });
});

describe("Card and EmptyState", () => {
  test("card titles are headings at the level asked for", () => {
    render(
      <Card>
        <CardHeader>
          <CardTitle as="h3">Next step: gather evidence</CardTitle>
          <CardDescription>Two of three criteria are strong.</CardDescription>
        </CardHeader>
      </Card>,
    );
    expect(
      screen.getByRole("heading", { level: 3, name: "Next step: gather evidence" }),
    ).toBeInTheDocument();
  });

  test("an empty state says what to do and offers the button to do it", () => {
    render(
      <EmptyState
        icon={Inbox}
        title="No requests yet"
        description="Find a mentor who was approved on your pathway and send a request."
        action={<Button>Find a mentor</Button>}
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "No requests yet" })).toBeInTheDocument();
    expect(screen.getByText(/approved on your pathway/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Find a mentor" })).toBeInTheDocument();
  });
});
