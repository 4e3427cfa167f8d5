import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  CaseRecordForm,
  emptyCaseRecord,
} from "@/app/(member)/profile/mentor/_components/case-record-form";
import type { ActionState } from "@/lib/action";

function setup() {
  const action = vi.fn(async (): Promise<ActionState> => ({ status: "success" }));
  render(<CaseRecordForm action={action} defaults={emptyCaseRecord} />);
  return { action, user: userEvent.setup() };
}

const group = (name: string) => screen.getByRole("group", { name });

test("the criteria boxes follow the chosen pathway", async () => {
  const { user } = setup();
  const claimed = () => within(group("Criteria you claimed")).getAllByRole("checkbox");
  expect(claimed()).toHaveLength(10);
  expect(within(group("Criteria you claimed")).getByLabelText("Exhibitions")).toBeInTheDocument();

  await user.selectOptions(screen.getByLabelText("Pathway"), "eb2_niw");
  expect(claimed()).toHaveLength(3);
  expect(
    within(group("Criteria the officer accepted")).getByLabelText("Merit and national importance"),
  ).toBeInTheDocument();
  expect(within(group("Criteria you claimed")).queryByLabelText(/^Exhibitions/)).toBeNull();

  await user.selectOptions(screen.getByLabelText("Pathway"), "eb1c");
  expect(screen.queryByRole("group", { name: "Criteria you claimed" })).toBeNull();
  expect(screen.getByText(/has no criteria list/)).toBeInTheDocument();
});

test("mistakes are shown beside their fields before anything is sent", async () => {
  const { user, action } = setup();
  await user.click(within(group("Criteria the officer accepted")).getByLabelText("Judging"));
  await user.click(within(group("Criteria the RFE asked about")).getByLabelText("Press"));
  await user.click(screen.getByRole("button", { name: "Add case record" }));

  expect(action).not.toHaveBeenCalled();
  expect(screen.getByRole("alert")).toHaveTextContent("Please correct the fields marked below.");
  expect(group("Criteria the officer accepted")).toHaveAccessibleDescription(
    expect.stringContaining("An accepted criterion must also be one you claimed."),
  );
  expect(group("Criteria the RFE asked about")).toHaveAccessibleDescription(
    expect.stringContaining("Criteria an RFE asked about need an RFE"),
  );
});

test("a valid record is sent to the action", async () => {
  const { user, action } = setup();
  await user.click(within(group("Criteria you claimed")).getByLabelText("Judging"));
  await user.click(within(group("Criteria the officer accepted")).getByLabelText("Judging"));
  await user.click(screen.getByRole("button", { name: "Add case record" }));
  expect(action).toHaveBeenCalledTimes(1);
  const formData = (action.mock.calls[0] as unknown as [ActionState, FormData])[1];
  expect(formData.getAll("criteriaAccepted")).toEqual(["judging"]);
  expect(formData.get("pathway")).toBe("eb1a");
});
