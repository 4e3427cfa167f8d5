import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import Link from "next/link";
import { Bell } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";
import { MarkAllReadButton, MarkReadButton } from "./_components/notification-buttons";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Notifications" };

const when = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string | string[] }>;
}) {
  const user = await requirePageUser("/notifications");
  const { before } = await searchParams;
  const cursor = typeof before === "string" ? before : undefined;
  const { items, nextCursor } = await listNotifications(user, cursor);
  const unread = user.unreadCount;
  const olderPage = Boolean(cursor);

  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Notifications"
        description={
          <span className="text-sm">
            {unread === 0
              ? "You have no unread notifications."
              : unread === 1
                ? "You have 1 unread notification."
                : `You have ${unread} unread notifications.`}{" "}
            <Link href="/settings#notifications" className="text-accent underline">
              Choose what you are told about
            </Link>
          </span>
        }
        actions={unread > 0 && <MarkAllReadButton />}
      />

      {items.length === 0 ? (
        olderPage ? (
          <EmptyState
            icon={Bell}
            title="No older notifications"
            description="You have seen everything. Go back to your newest notifications."
            link={{ href: "/notifications", label: "Newest notifications", variant: "secondary" }}
          />
        ) : (
          <EmptyState
            icon={Bell}
            title="You are all caught up"
            description="When a mentor answers your request, someone asks you to mentor them, or a new message arrives, you will see it here. Meanwhile, find a mentor among your matches."
            link={{ href: "/mentors", label: "Find a mentor" }}
          />
        )
      ) : (
        <Section
          id="notifications-list"
          title={olderPage ? "Older notifications" : "Latest notifications"}
          hiddenTitle
          className="space-y-4"
        >
          <ol className="divide-y divide-border overflow-hidden rounded-card border border-border">
            {items.map((item) => (
              <li
                key={item.id}
                className={cn(
                  "flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4",
                  item.read ? "bg-surface" : "bg-accent-subtle",
                )}
              >
                <div className="flex min-w-0 gap-3">
                  <span
                    aria-hidden="true"
                    className={cn(
                      "mt-1.5 size-2 shrink-0 rounded-full",
                      item.read ? "bg-transparent" : "bg-accent",
                    )}
                  />
                  <div className="min-w-0 space-y-0.5">
                    <p id={`notification-${item.id}`} className="text-sm text-fg">
                      {!item.read && <span className="font-semibold">Unread: </span>}
                      <Link href={item.href} className="underline-offset-2 hover:underline">
                        {item.text}
                      </Link>
                    </p>
                    <p className="text-xs text-muted">
                      <time dateTime={item.createdAt.toISOString()}>
                        {when.format(item.createdAt)} UTC
                      </time>
                    </p>
                  </div>
                </div>
                {!item.read && (
                  <div className="pl-5 sm:pl-0">
                    <MarkReadButton id={item.id} about={`notification-${item.id}`} />
                  </div>
                )}
              </li>
            ))}
          </ol>
          <Pager
            label="More notifications"
            firstHref={olderPage ? "/notifications" : null}
            firstLabel="Newest notifications"
            nextHref={nextCursor ? `/notifications?before=${nextCursor}` : null}
            nextLabel="Older notifications"
          />
        </Section>
      )}
    </div>
  );
}
