/** The school's quiet hours and reply time: one row per organisation, the defaults without one. */
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { messageSettings } from "../../../db/schema/index.js";
import { DEFAULT_QUIET_HOURS, type QuietHours } from "../domain/quiet-hours.js";

export interface MessageSettings {
  quiet: QuietHours;
  replyDays: number;
}

export const DEFAULT_SETTINGS: MessageSettings = { quiet: DEFAULT_QUIET_HOURS, replyDays: 2 };

export async function settingsOf(tx: Tx, orgId: string): Promise<MessageSettings> {
  const [row] = await tx.select().from(messageSettings).where(eq(messageSettings.orgId, orgId));
  if (!row) return DEFAULT_SETTINGS;
  return {
    quiet: { from: row.quietFrom, until: row.quietUntil, weekends: row.quietWeekends },
    replyDays: row.replyDays,
  };
}

export function readSettings(scope: ViewerScope): Promise<MessageSettings> {
  return inOrg(scope, (tx) => settingsOf(tx, scope.orgId));
}

export function saveSettings(scope: ViewerScope & { settings: MessageSettings }): Promise<void> {
  const { quiet, replyDays } = scope.settings;
  const values = {
    quietFrom: quiet.from,
    quietUntil: quiet.until,
    quietWeekends: quiet.weekends,
    replyDays,
    updatedBy: scope.userId,
    updatedAt: sql`now()`,
  };
  return inOrg(scope, async (tx) => {
    await tx
      .insert(messageSettings)
      .values({ orgId: scope.orgId, ...values })
      .onConflictDoUpdate({ target: messageSettings.orgId, set: values });
  });
}
