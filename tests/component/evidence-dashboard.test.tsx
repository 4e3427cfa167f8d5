import { render, screen, within } from "@testing-library/react";
import { EvidenceDashboard } from "@/components/evidence/evidence-dashboard";
import { evidenceFor } from "@/lib/profiles/evidence";

const evidence = evidenceFor(
  ["eb1a", "eb1c"],
  [
    { pathway: "eb1a", criterion: "judging", strength: "strong", note: "Reviewer for CVPR" },
    { pathway: "eb1a", criterion: "press", strength: "some" },
    { pathway: "eb1a", criterion: "awards", strength: "none" },
  ],
);

describe("EvidenceDashboard", () => {
  test("names each criterion's level in words, not by colour alone", () => {
    render(<EvidenceDashboard evidence={evidence} rateHref="/onboarding?step=4" showNotes />);
    const list = screen.getByRole("list", { name: "Evidence strength per criterion for EB-1A" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.textContent?.startsWith("Judging"))).toHaveTextContent("Strong");
    expect(rows.find((r) => r.textContent?.startsWith("Press"))).toHaveTextContent("Some");
    expect(rows.find((r) => r.textContent?.startsWith("Exhibitions"))).toHaveTextContent(
      "Not rated",
    );
    expect(screen.getByText("1 of 3 criteria strong for EB-1A")).toBeInTheDocument();
  });

  test("offers the same numbers as a table with a caption, notes included", () => {
    render(<EvidenceDashboard evidence={evidence} showNotes />);
    const table = screen.getByRole("table", {
      name: "EB-1A: evidence per criterion (1 of 3 criteria strong for EB-1A)",
    });
    const judging = within(table).getByRole("row", { name: /Judging/ });
    expect(
      within(judging)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([
      "Judging the work of others, such as peer review or competition panels",
      "Strong",
      "Reviewer for CVPR",
    ]);
  });

  test("leaves notes out unless asked, and links to the official source", () => {
    render(<EvidenceDashboard evidence={evidence} />);
    expect(screen.queryByText("Reviewer for CVPR")).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Official USCIS page for EB-1A" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:\/\/www\.uscis\.gov\//),
    );
    expect(screen.queryByRole("link", { name: /Rate the rest/ })).not.toBeInTheDocument();
  });

  test("EB-1C says it has no criteria list instead of a chart", () => {
    render(<EvidenceDashboard evidence={evidence} />);
    expect(
      screen.getByText(
        "EB-1C has no criteria list: it needs a qualifying managerial or executive role abroad and in the US.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: /for EB-1C/ })).not.toBeInTheDocument();
  });
});
