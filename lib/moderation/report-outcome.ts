// What became of a report, as one SQL expression (no "server-only": the export runs in the sweep).
import { sql } from "drizzle-orm";
import { queueItems, reports } from "@/db/schema";

/** The outcome of the queue item a report joined, in words the reporter may read. */
export const reportOutcome = sql<
  string | null
>`(select ${queueItems.outcome} from ${queueItems} where ${queueItems.kind} = 'reports' and ${queueItems.targetType} = ${reports.targetType} and ${queueItems.targetId} = ${reports.targetId} and ${queueItems.closedAt} >= ${reports.createdAt} order by ${queueItems.closedAt} limit 1)`;
