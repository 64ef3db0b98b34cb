/** The demo's buddies at De Regenboog: parents who volunteered, through the feature's own service. */
import type { Tx } from "../../db/client.js";
import type { OfferInput } from "./schemas.js";
import { volunteer } from "./service/commands.js";

export async function seedBuddiesDemo(
  tx: Tx,
  orgId: string,
  volunteers: readonly { userId: string; offer: OfferInput }[],
): Promise<void> {
  for (const v of volunteers) await volunteer({ db: tx, orgId, userId: v.userId, input: v.offer });
}
