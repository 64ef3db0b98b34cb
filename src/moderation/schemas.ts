/** The report form: a reason, required, as long as the table allows. */
import { z } from "zod";

export const MAX_REPORT_REASON = 500;

export const reportForm = z.object({
  reason: z.string().trim().min(1, "moderation.error.reason").max(MAX_REPORT_REASON, "moderation.error.reasonTooLong"),
});
