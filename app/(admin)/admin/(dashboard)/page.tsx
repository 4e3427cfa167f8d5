import type { Metadata } from "next";
import { AccessNotice } from "../../_components/access-notice";
import Link from "next/link";
import { CategoryChart } from "@/components/charts/category-chart";
import { formatDay, formatHours, formatNumber } from "@/components/charts/format";
import { StatTile } from "@/components/charts/stat-tile";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { getDashboard } from "@/lib/admin/dashboard";
import { dashboardPeriods, parseDashboardDays } from "@/lib/admin/schemas";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Dashboard · Administration" };

type Search = Promise<{ days?: string | string[] }>;

const card = "rounded-card border border-border bg-surface-raised p-4";

export default async function AdminDashboardPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageUser("/admin");
  if (!hasRoleAtLeast(actor, "moderator")) return null;
  if (!hasRoleAtLeast(actor, "admin")) {
    return (
      <AccessNotice title="Administration" className="space-y-3">
        <p className="text-muted">
          The dashboard is for admins. Reports, automatic holds and appeals wait for you in the
          review queue.
        </p>
        <Link href="/admin/queue" className={buttonVariants()}>
          Open the review queue
        </Link>
      </AccessNotice>
    );
  }
  const days = parseDashboardDays((await searchParams).days);
  const d = await getDashboard(actor, days);
  const t = d.totals;
  const period = `the last ${days} days`;
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
          <p className="mt-1 text-muted">
            {`${period[0]!.toUpperCase()}${period.slice(1)}`}, {formatDay(d.from)} to{" "}
            {formatDay(d.to)} (UTC days).
          </p>
        </div>
        <nav aria-label="Period">
          <ul className="flex rounded-control border border-border-strong p-0.5 text-sm">
            {dashboardPeriods.map((p) => (
              <li key={p}>
                <Link
                  href={`/admin?days=${p}`}
                  aria-current={p === days ? "page" : undefined}
                  className={cn(
                    "block rounded-[calc(var(--radius-control)-2px)] px-3 py-1.5 whitespace-nowrap",
                    p === days
                      ? "bg-accent font-semibold text-accent-fg"
                      : "text-muted hover:bg-surface-muted hover:text-fg",
                  )}
                >
                  {p} days
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <section aria-labelledby="at-a-glance">
        <h2 id="at-a-glance" className="sr-only">
          At a glance
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <StatTile label="Sign-ups" value={formatNumber(t.signUps)} note={`in ${period}`} />
          <StatTile
            label="Active mentorships"
            value={formatNumber(t.activeMentorships)}
            note={`now; ${formatNumber(t.acceptedInPeriod)} accepted in ${period}`}
          />
          <StatTile
            label="Median response"
            value={t.medianResponseHours === null ? "—" : formatHours(t.medianResponseHours)}
            note={
              t.answers === 0
                ? `no mentor answered a request in ${period}`
                : `to a mentor's first answer, over ${formatNumber(t.answers)} ${t.answers === 1 ? "answer" : "answers"}`
            }
          />
          <StatTile
            label="Open in review queue"
            value={formatNumber(t.queueOpen)}
            note={
              t.oldestOpenHours === null
                ? "nothing waiting"
                : `oldest waiting ${formatHours(t.oldestOpenHours)}`
            }
          />
          <StatTile label="Reports" value={formatNumber(t.reports)} note={`in ${period}`} />
        </dl>
      </section>

      <Section id="members" title="Members and mentorships">
        <div className="grid gap-4 lg:grid-cols-2">
          <TimeSeriesChart
            className={card}
            kind="bar"
            title="Sign-ups per day"
            points={d.daily.map((p) => ({ label: formatDay(p.date), value: p.signUps }))}
            categoryLabel="Day"
            valueLabel="Sign-ups"
            emptyText={`Nobody signed up in ${period}.`}
          />
          <TimeSeriesChart
            className={card}
            kind="line"
            title="Active mentorships"
            description="Accepted and not yet ended, at the end of each day."
            points={d.daily.map((p) => ({ label: formatDay(p.date), value: p.activeMentorships }))}
            categoryLabel="Day"
            valueLabel="Active mentorships"
            emptyText={`No mentorship was active in ${period}.`}
          />
          <CategoryChart
            className={card}
            title="Requests by outcome"
            description={`The ${formatNumber(t.requestsSent)} requests sent in ${period}, by where they stand now.`}
            items={d.requestsByOutcome.map((o) => ({ label: o.label, value: o.count }))}
            categoryLabel="Outcome"
            valueLabel="Requests"
            emptyText={`No requests were sent in ${period}.`}
          />
          <TimeSeriesChart
            className={card}
            kind="bar"
            aggregate="level"
            title="Median response time by week"
            description="Hours from a request to the mentor's first answer (accept, decline or a question), by the week of the answer."
            points={d.weekly.map((w) => ({
              label: `Week of ${formatDay(w.weekStart)}`,
              tick: formatDay(w.weekStart),
              value: w.medianHours,
            }))}
            categoryLabel="Week"
            valueLabel="Median hours"
            formatValue={(h) => `${formatNumber(h)} h`}
            emptyText={`No mentor answered a request in ${period}.`}
          />
        </div>
      </Section>

      <Section id="moderation" title="Moderation">
        <div className="grid gap-4 lg:grid-cols-2">
          <TimeSeriesChart
            className={card}
            kind="line"
            title="Review queue size"
            description={`Items open at the end of each day; ${formatNumber(t.queueOpenedInPeriod)} opened in ${period}.`}
            points={d.daily.map((p) => ({ label: formatDay(p.date), value: p.queueOpen }))}
            categoryLabel="Day"
            valueLabel="Open items"
            emptyText={`The review queue was empty throughout ${period}.`}
          />
          <CategoryChart
            className={card}
            title="Reports by reason"
            description={`Reports made in ${period}.`}
            items={d.reportsByReason.map((r) => ({ label: r.label, value: r.count }))}
            categoryLabel="Reason"
            valueLabel="Reports"
            emptyText={`Nobody reported anything in ${period}.`}
          />
        </div>
      </Section>
    </div>
  );
}
