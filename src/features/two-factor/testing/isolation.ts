/** The route walk's ids of this feature: a passkey of the school leader (stored as the set-up would store it). */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { passkeys } from "../../../db/schema/index.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker }) => {
  const [passkey] = await ctx.database.db
    .insert(passkeys)
    .values({
      userId: school.leader.id,
      credentialId: `${marker}-${school.orgId}`,
      publicKey: "AA",
      name: `${marker} sleutel`,
    })
    .returning({ id: passkeys.id });
  return { "passkeys/:id": [passkey!.id] };
};
