// The app's half of the visitors' cache (./store.ts): this server listens for the database's notice
// that a public record changed (db/migrations/0020_public_page_changes.sql) and forgets every cached
// page. Several servers on one database each listen, so a reply written through one is seen by the
// others' next visitor. Until the first LISTEN is in place nothing is cached; after a dropped
// connection comes back the cache starts empty (notices sent in between are lost). Loaded at
// start-up (lib/boot.ts), so it carries no server-only marker (tests/unit/server-only.test.ts).
import { getDatabase } from "@/db/client";
import { logger } from "@/lib/logger";
import { publicPageStore } from "./store";

export const PUBLIC_CHANGES_CHANNEL = "landed_public";

/** Starts listening (once per process); resolves when the first LISTEN is in place. */
export async function listenForPublicChanges(): Promise<void> {
  const store = publicPageStore();
  if (store.listening !== "off") return;
  store.listening = "starting";
  const handle = getDatabase();
  const changed = () => store.clear();
  try {
    if (handle.kind === "postgres") {
      // postgres.js reconnects a dropped listener by itself; `onlisten` runs after each (re)connect,
      // when notices sent in between are lost: the cache starts again from empty.
      await handle.client.listen(PUBLIC_CHANGES_CHANNEL, changed, () => {
        store.clear();
        store.listening = "on";
      });
    } else {
      await handle.client.listen(PUBLIC_CHANGES_CHANNEL, changed);
      store.listening = "on";
    }
  } catch (err) {
    store.listening = "off";
    logger.error(
      { event: "public_cache.listen_failed", err: { message: (err as Error).message } },
      "the visitors' page cache is off: listening for changes failed",
    );
  }
}
