// Once per fault run: a private PostgreSQL cluster (tests/faults/cluster.ts) with a migrated
// template database that each test file copies; removed at the end, whatever happened.
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@/db/migrate";
import {
  clusterUrl,
  createCluster,
  destroyCluster,
  TEMPLATE_DATABASE,
  type ClusterInfo,
} from "./cluster";

declare module "vitest" {
  export interface ProvidedContext {
    faultsCluster: ClusterInfo;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const cluster = createCluster();
  try {
    const admin = postgres(clusterUrl(cluster, "postgres"), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${TEMPLATE_DATABASE}`);
    await admin.end();
    await migrateDatabase(
      {
        kind: "postgres",
        client: undefined as never,
        db: undefined as never,
        close: async () => {},
      },
      clusterUrl(cluster, TEMPLATE_DATABASE),
    );
  } catch (err) {
    destroyCluster(cluster);
    throw err;
  }
  console.log(
    `fault tests: private PostgreSQL on 127.0.0.1:${cluster.port} (${cluster.dir}), ready in ${Date.now() - started} ms`,
  );
  project.provide("faultsCluster", cluster);
  return () => destroyCluster(cluster);
}
