// Each fault test file works in its own copy of the migrated template on the private cluster.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { closeDatabase, connectPostgres, setDatabase } from "@/db/client";
import { clusterUrl, TEMPLATE_DATABASE, type ClusterInfo } from "./cluster";

export function cluster(): ClusterInfo {
  return inject("faultsCluster");
}

/** A superuser connection to the private cluster, for the tests' own SQL (kills, locks, checks). */
export function adminSql(database = "postgres", max = 1) {
  return postgres(clusterUrl(cluster(), database), { max, onnotice: () => {} });
}

/** Creates a fresh database from the template and makes it the process's `db` (pool of `max`). */
export async function useFreshDatabase(
  max = 10,
  options: { statementTimeoutMs?: number } = {},
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `faults_${randomBytes(4).toString("hex")}`;
  const admin = adminSql();
  await admin.unsafe(`create database "${name}" template ${TEMPLATE_DATABASE}`);
  const url = clusterUrl(cluster(), name);
  setDatabase(connectPostgres(url, { max, ...options }));
  return {
    name,
    url,
    drop: async () => {
      await closeDatabase();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
