// Run-time moderation settings an admin changes (pre-moderation of new accounts), audited.
import "server-only";
import { db } from "@/db/client";
import { appSettings } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireStaffRole } from "./authz";
import { PREMODERATION_KEY, readPremoderation, type PremoderationSetting } from "./holds";
import type { Actor } from "@/lib/auth/actor";

export async function getPremoderation(): Promise<PremoderationSetting> {
  return db.transaction((tx) => readPremoderation(tx));
}

export async function setPremoderation(
  actor: Actor,
  value: PremoderationSetting,
  now = new Date(),
): Promise<void> {
  await requireStaffRole(actor, "admin", {
    action: "settings.premoderation",
    targetType: "setting",
    targetId: PREMODERATION_KEY,
  });
  await db.transaction(async (tx) => {
    const before = await readPremoderation(tx);
    await tx
      .insert(appSettings)
      .values({ key: PREMODERATION_KEY, value, updatedBy: actor.id, updatedAt: now })
      .onConflictDoUpdate({
        target: appSettings.key,
        set: { value, updatedBy: actor.id, updatedAt: now },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.premoderation",
      targetType: "setting",
      targetId: PREMODERATION_KEY,
      before: { ...before },
      after: { ...value },
    });
  });
}
