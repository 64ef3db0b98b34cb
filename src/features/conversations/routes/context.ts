/** What every conversation handler needs: guards, the scope, the messenger, ids from the path. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { currentOrgId, requirePolicy, requireViewer, viewerOf } from "../../../web/guards.js";
import { canBook, canManageRounds, canSeeRounds, staffAccessOf } from "../policy.js";
import type { BookingScope } from "../service/booking.js";
import type { Messenger } from "../service/notices.js";
import type { StaffAccess } from "../service/rounds.js";
import type { ViewerScope } from "../../../db/org-scope.js";

export { idParam } from "../../pupils/index.js";

export const staffOnly = [requireViewer, requirePolicy(canSeeRounds)] as const;
export const managersOnly = [requireViewer, requirePolicy(canManageRounds)] as const;
export const parentsOnly = [requireViewer, requirePolicy(canBook)] as const;

export function scopeOf(c: Context<AppEnv>): ViewerScope {
  return { db: c.var.deps.db, orgId: currentOrgId(c), userId: viewerOf(c).userId };
}

export function staffScopeOf(c: Context<AppEnv>): ViewerScope & { access: StaffAccess } {
  return { ...scopeOf(c), access: staffAccessOf(viewerOf(c)) };
}

/** What sends the confirmations and reminders. */
export function messengerOf(c: Context<AppEnv>): Messenger {
  const { mailer, config, jobs } = c.var.deps;
  return { mailer, publicUrl: config.publicUrl, logger: c.var.log, jobs };
}

/** A parent's scope for booking: the clock, and what sends the confirmations. */
export function bookingScopeOf(c: Context<AppEnv>, roundId: string): BookingScope {
  return { ...scopeOf(c), roundId, now: new Date(), messenger: messengerOf(c) };
}
