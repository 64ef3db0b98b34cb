/**
 * Moderation (docs/moderation.md): report, hide with a reason the writer reads, show again, keep
 * and close the reports; each audited once. A feature describes its content (`ModeratedKind`),
 * calls the service inside its own transactions behind its own guards, and embeds the views.
 */
export type { ModeratedKind, ModeratedState } from "./kinds.js";
export { moderationCommands, setHiddenIn, type ModerationCommands } from "./adapter.js";
export { reportForm, MAX_REPORT_REASON } from "./schemas.js";
export {
  forgetReports,
  hideContent,
  keepContent,
  moderationQueue,
  reportContent,
  reportsBy,
  restoreContent,
  type QueueItem,
  type ReportRefusal,
} from "./service.js";
export { ModerationQueue, ReportForm, type QueueRow } from "./views.js";
export { contentModerationRoutes, type ModerationFormState, type ModerationRouteOptions } from "./routes.js";
