/**
 * How often one organisation may mail an invitation to one address: a few times an hour, enough to
 * invite someone as advisor and then as teacher too, or to send a link again that expired (it lasts
 * ten minutes), but never a mail each time a coordinator presses the button. Counted in the database's
 * rate_limits (src/auth/rate-limit.ts), so the limit holds across server processes, and in the
 * invitation's own transaction: a refused or failed invitation does not count.
 */
import type { Tx } from "../../db/client.js";
import { countAttempt } from "../../auth/rate-limit.js";
import { TooOftenError } from "../../web/input-error.js";

export const INVITATIONS_PER_HOUR = 3;
const HOUR = 3600;

/**
 * Counts one invitation mail to the address; refuses it (on the e-mail field, 429 with when to retry,
 * as every limit answers) when the hour's are used up. The refusal rolls the transaction back.
 */
export async function countInvitation(tx: Tx, orgId: string, email: string): Promise<void> {
  const key = `invitation:${orgId}:${email.trim().toLowerCase()}`;
  const wait = await countAttempt(tx, { key, limit: INVITATIONS_PER_HOUR, windowSeconds: HOUR });
  if (wait > 0) {
    const numbers = { max: INVITATIONS_PER_HOUR, minutes: Math.ceil(wait / 60) };
    throw new TooOftenError("email", "org.invite.tooOften", numbers, wait);
  }
}
