// docs/security.md #23, as a member meets it: a form refused for a receipt number keeps what was
// typed and says what was found beside the field. Once in the browser, with the form's own schema
// (the space's message form), and once from the server (the goal form has no browser check): the
// action answers as the real wrapper does, from the real schema.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { z } from "zod";
import { GoalForm } from "@/app/(member)/mentorships/[id]/_components/goals";
import { MessageForm } from "@/app/(member)/mentorships/[id]/_components/message-form";
import { formDataToObject, keepValues, type ActionState } from "@/lib/form-state";
import { addGoalSchema } from "@/lib/mentorship/space/schemas";

const actions = vi.hoisted(() => ({
  postMessageAction: vi.fn(async (): Promise<ActionState> => ({ status: "success" })),
  // What userAction answers for a form its schema refuses: field errors and the typed values.
  addGoalAction: vi.fn(async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const input = formDataToObject(formData);
    const parsed = addGoalSchema.safeParse(input);
    if (parsed.success) return { status: "success", message: "Goal added." };
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values: keepValues(input),
    };
  }),
  deleteGoalAction: vi.fn(),
  toggleGoalAction: vi.fn(),
}));
vi.mock("@/app/(member)/mentorships/[id]/actions", () => actions);

const REQUEST = "11111111-1111-4111-8111-111111111111";
const FOUND = /This looks like it contains a USCIS receipt number \(EAC…45\)\. Remove it/;

test("the message form refuses a receipt number before sending, and keeps the message", async () => {
  const user = userEvent.setup();
  render(<MessageForm requestId={REQUEST} />);
  const typed = "My I-140 receipt is EAC2190012345, approved last week!";
  const field = screen.getByLabelText("Write a message");
  await user.type(field, typed);
  await user.click(screen.getByRole("button", { name: "Send message" }));

  expect(actions.postMessageAction).not.toHaveBeenCalled();
  expect(field).toHaveValue(typed);
  expect(field).toHaveAttribute("aria-invalid", "true");
  expect(field).toHaveAccessibleDescription(expect.stringMatching(FOUND));
});

test("a goal refused by the server comes back with the text typed and the reason beside it", async () => {
  const user = userEvent.setup();
  render(<GoalForm requestId={REQUEST} />);
  const typed = "Ask USCIS about case EAC2190012345 by Friday";
  await user.type(screen.getByLabelText("New goal"), typed);
  await user.click(screen.getByRole("button", { name: "Add goal" }));

  expect(actions.addGoalAction).toHaveBeenCalledTimes(1);
  const field = await screen.findByRole("textbox", { name: "New goal", description: FOUND });
  expect(field).toHaveValue(typed);
  expect(screen.getByRole("alert")).toHaveTextContent("Please correct the fields marked below.");
});
