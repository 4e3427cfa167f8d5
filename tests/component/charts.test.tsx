import { render, screen, within } from "@testing-library/react";
import { CategoryChart } from "@/components/charts/category-chart";
import { formatHours, niceMax, summarizeSeries } from "@/components/charts/format";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";

const days = [
  { label: "Mar 1", value: 2 },
  { label: "Mar 2", value: 0 },
  { label: "Mar 3", value: 7 },
  { label: "Mar 4", value: 1 },
];

describe("TimeSeriesChart", () => {
  test("a bar chart is a captioned figure, a picture named by its summary, and a table of the numbers", () => {
    render(
      <TimeSeriesChart
        kind="bar"
        title="Sign-ups per day"
        points={days}
        categoryLabel="Day"
        valueLabel="Sign-ups"
        emptyText="Nobody signed up."
      />,
    );
    const figure = screen.getByRole("figure", { name: "Sign-ups per day" });
    const picture = within(figure).getByRole("img");
    expect(picture).toHaveAccessibleName(
      "Sign-ups per day, Mar 1 to Mar 4: 10 in total; highest 7 on Mar 3.",
    );
    // One bar per non-zero day, coloured by the theme.
    expect(picture.querySelectorAll("rect")).toHaveLength(3);
    expect(picture.querySelector("svg")).toHaveAttribute("viewBox", "0 0 40 100");
    expect(picture.querySelector("g[fill='currentColor']")).toHaveClass("text-accent");

    const table = within(figure).getByRole("table", { name: "Sign-ups per day" });
    // Hidden by its wrapper: a table ignores the 1px width of sr-only.
    expect(table.parentElement).toHaveClass("sr-only");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Day", "Sign-ups"]);
    expect(within(table).getByRole("rowheader", { name: "Mar 3" }).nextSibling).toHaveTextContent(
      "7",
    );
    expect(within(table).getAllByRole("row")).toHaveLength(days.length + 1);
  });

  test("a line chart summarises the level, and a missing value is 'no data', not zero", () => {
    render(
      <TimeSeriesChart
        kind="line"
        title="Active mentorships"
        points={[...days, { label: "Mar 5", value: null }]}
        categoryLabel="Day"
        valueLabel="Active"
        emptyText="None."
      />,
    );
    expect(screen.getByRole("img")).toHaveAccessibleName(
      "Active mentorships, Mar 1 to Mar 5: 2 on Mar 1, 1 on Mar 4; highest 7 on Mar 3.",
    );
    expect(screen.getByRole("rowheader", { name: "Mar 5" }).nextSibling).toHaveTextContent(
      "no data",
    );
    const line = screen.getByRole("img").querySelector("polyline");
    expect(line).toHaveAttribute("stroke", "currentColor");
    expect(line).toHaveAttribute("vector-effect", "non-scaling-stroke");
  });

  test("an all-zero series shows its empty message instead of a picture", () => {
    render(
      <TimeSeriesChart
        kind="bar"
        title="Sign-ups per day"
        points={days.map((d) => ({ ...d, value: 0 }))}
        categoryLabel="Day"
        valueLabel="Sign-ups"
        emptyText="Nobody signed up in the last 30 days."
      />,
    );
    expect(screen.getByRole("figure", { name: "Sign-ups per day" })).toHaveTextContent(
      "Nobody signed up in the last 30 days.",
    );
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});

describe("CategoryChart", () => {
  test("names every non-zero category in its summary and lists all of them in the table", () => {
    render(
      <CategoryChart
        title="Reports by reason"
        items={[
          { label: "Spam or advertising", value: 3 },
          { label: "Harassment or abuse", value: 0 },
          { label: "Exposed personal data", value: 1 },
        ]}
        categoryLabel="Reason"
        valueLabel="Reports"
        emptyText="No reports."
      />,
    );
    const figure = screen.getByRole("figure", { name: "Reports by reason" });
    expect(within(figure).getByRole("img")).toHaveAccessibleName(
      "Reports by reason, 4 in all: Spam or advertising 3, Exposed personal data 1. None for the other 1.",
    );
    const table = within(figure).getByRole("table", { name: "Reports by reason" });
    expect(
      within(table).getByRole("rowheader", { name: "Harassment or abuse" }).nextSibling,
    ).toHaveTextContent("0");
    expect(within(table).getAllByRole("row")).toHaveLength(4);
  });

  test("shows the empty message when every count is zero", () => {
    render(
      <CategoryChart
        title="Reports by reason"
        items={[{ label: "Spam", value: 0 }]}
        categoryLabel="Reason"
        valueLabel="Reports"
        emptyText="Nobody reported anything."
      />,
    );
    expect(screen.getByText("Nobody reported anything.")).toBeInTheDocument();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });
});

describe("chart scales and formats", () => {
  test("round tops and readable durations", () => {
    expect(niceMax(0, true)).toBe(1);
    expect(niceMax(7, true)).toBe(8);
    expect(niceMax(13, true)).toBe(20);
    expect(niceMax(2.3, false)).toBe(5);
    expect(formatHours(0.5)).toBe("30 min");
    expect(formatHours(10)).toBe("10 h");
    expect(formatHours(72)).toBe("3 days");
    expect(formatHours(42.1 * 24)).toBe("42 days");
    expect(summarizeSeries("X", [], "sum")).toBe("X: no data.");
  });
});
