import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApplicantRequests } from "@/app/(member)/mentorships/_components/requests-applicant";
import { IncomingRequestsList } from "@/app/(member)/mentorships/_components/requests-incoming";
import type { IncomingRequest, RequestView } from "@/lib/mentorship/queries";

vi.mock("@/app/(member)/mentorships/actions", () => ({
  withdrawRequestAction: vi.fn(async () => ({ status: "success", message: "Withdrawn." })),
  answerQuestionAction: vi.fn(async () => ({ status: "success" })),
  acceptRequestAction: vi.fn(async () => ({
    status: "error",
    message: "You have no free seat. End a mentorship or raise your capacity first.",
  })),
  declineRequestAction: vi.fn(async () => ({ status: "success" })),
  askQuestionAction: vi.fn(async () => ({ status: "success" })),
}));

vi.mock("@/app/_actions/report", () => ({
  reportAction: vi.fn(async () => ({ status: "success" })),
}));

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const priya = { id: "a1", name: "Priya Raman", handle: "priya" };
const arjun = { id: "m1", name: "Arjun Mehta", handle: "arjun" };

function request(overrides: Partial<RequestView>): RequestView {
  return {
    id: "11111111-1111-4111-8111-111111111111",
    state: "pending",
    applicant: priya,
    mentor: arjun,
    goals: "File EB-2 NIW by spring.",
    message: "Could you look at my evidence?",
    deadlineAt: day("2026-11-29"),
    createdAt: day("2026-11-22"),
    question: null,
    answer: null,
    declineReason: null,
    declineText: null,
    acceptedAt: null,
    closedAt: null,
    ...overrides,
  };
}

describe("Your requests", () => {
  test("an open request shows its deadline and a withdraw button behind a confirmation", async () => {
    const user = userEvent.setup();
    render(<ApplicantRequests requests={[request({})]} />);
    expect(screen.getByText(/answer expected by November 29, 2026/)).toBeInTheDocument();
    expect(screen.getByText("Waiting for the mentor")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Withdraw request" }));
    const dialog = screen.getByRole("dialog", { name: "Withdraw your request to Arjun Mehta?" });
    expect(within(dialog).getByRole("button", { name: "Withdraw request" })).toBeInTheDocument();
  });

  test("a question from the mentor asks for an answer", () => {
    render(
      <ApplicantRequests
        requests={[request({ state: "info_requested", question: "Which field are you in?" })]}
      />,
    );
    expect(screen.getByText("Which field are you in?")).toBeInTheDocument();
    expect(screen.getByLabelText("Your answer")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Send answer" })).toBeInTheDocument();
  });

  test("accepted links to the space; declined and expired point to other matches", () => {
    render(
      <ApplicantRequests
        requests={[
          request({ id: "r1", state: "accepted" }),
          request({
            id: "r2",
            state: "declined",
            declineReason: "The timing does not work for me",
          }),
          request({ id: "r3", state: "expired" }),
        ]}
      />,
    );
    expect(screen.getByRole("link", { name: "Open your mentorship space" })).toHaveAttribute(
      "href",
      "/mentorships/r1",
    );
    expect(screen.getByText("The timing does not work for me")).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "See your other matches" })).toHaveLength(2);
    expect(screen.queryByRole("button", { name: "Withdraw request" })).toBeNull();
  });

  test("Report appears once the mentor wrote something on the request, naming it", () => {
    render(
      <ApplicantRequests
        requests={[
          request({ id: "r1" }),
          request({ id: "r2", state: "declined", declineText: "Not with people like you." }),
        ]}
      />,
    );
    expect(
      screen.getAllByRole("button", { name: /^Report / }).map((b) => b.getAttribute("aria-label")),
    ).toEqual(["Report what Arjun Mehta wrote on your request"]);
  });

  test("with no requests, says what to do next", () => {
    render(<ApplicantRequests requests={[]} />);
    expect(screen.getByRole("link", { name: "See your matches" })).toHaveAttribute(
      "href",
      "/mentors",
    );
  });
});

describe("Requests to you", () => {
  const incoming: IncomingRequest = {
    ...request({}),
    profile: {
      userId: "a1",
      access: "member",
      targetPathways: ["eb1a"],
      languages: ["en"],
      assessments: [{ pathway: "eb1a", criterion: "judging", strength: "strong", note: null }],
    },
  };

  test("an open request has accept, decline with reasons, a question form and Report", async () => {
    const user = userEvent.setup();
    render(
      <IncomingRequestsList
        incoming={{
          open: [incoming],
          recent: [],
          seats: { capacity: 2, active: 0, accepting: true },
        }}
      />,
    );
    expect(screen.getByText("1 of 3 criteria strong for EB-1A")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Report Priya Raman's request" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Accept Priya Raman's request" }));
    expect(
      await screen.findByText(
        "You have no free seat. End a mentorship or raise your capacity first.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Your question")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Decline Priya Raman's request" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByLabelText("The timing does not work for me")).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Anything to add?")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Decline request" })).toBeInTheDocument();
  });

  test("with no open requests, says so and links to the mentor profile", () => {
    render(
      <IncomingRequestsList
        incoming={{ open: [], recent: [], seats: { capacity: 2, active: 0, accepting: true } }}
      />,
    );
    expect(screen.getByText("No open requests")).toBeInTheDocument();
  });
});
