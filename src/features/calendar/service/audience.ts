/**
 * Whose calendar it is: staff see every group's moments, a parent those of their children's
 * groups and the whole organisation's, anyone else nothing of the organisation.
 */
import type { Tx } from "../../../db/client.js";
import { childrenOfGuardian } from "../../pupils/index.js";
import type { CalendarAudience } from "../sources.js";

export async function audienceOf(
  tx: Tx,
  access: { orgId: string; userId: string; staff: boolean; guardian: boolean },
): Promise<CalendarAudience | null> {
  if (access.staff) return { orgId: access.orgId, userId: access.userId, groupIds: null };
  if (!access.guardian) return null;
  const groups = (await childrenOfGuardian(tx, access.orgId, access.userId)).flatMap((c) =>
    c.groupId ? [c.groupId] : [],
  );
  return { orgId: access.orgId, userId: access.userId, groupIds: [...new Set(groups)] };
}
