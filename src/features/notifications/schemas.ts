/** The settings form: a delivery for every kind that may be changed, and the digest hour. */
import { z } from "zod";
import { deliveries, type NotificationKind } from "../../notifications/kinds.js";

/**
 * Built from the kinds the person gets (kindsFor), at each use: the declared kinds are registered
 * after this module loads. Any other kind sent is dropped, so its saved setting stays as it was.
 */
export function settingsForm(shown: readonly NotificationKind[]) {
  const kinds = shown.filter((kind) => !kind.urgent);
  // A kind left out keeps its setting (a kind declared after the page was shown).
  const delivery = z.enum(deliveries, { message: "notifications.error.delivery" }).optional();
  return z.object({
    digestHour: z
      .string({ message: "notifications.error.hour" })
      .regex(/^\d{1,2}$/, "notifications.error.hour")
      .transform(Number)
      .pipe(z.number().max(23, "notifications.error.hour")),
    ...Object.fromEntries(kinds.map((kind) => [kind.name, delivery])),
  });
}
