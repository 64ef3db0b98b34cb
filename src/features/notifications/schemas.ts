/** The settings form: a delivery for every kind that may be changed, and the digest hour. */
import { z } from "zod";
import { allKinds, deliveries } from "../../notifications/kinds.js";

/** Built from the declared kinds at first use (they are registered after this module loads). */
export function settingsForm() {
  const kinds = allKinds().filter((kind) => !kind.urgent);
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
