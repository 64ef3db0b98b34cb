/**
 * Every feature's message catalogs, named "<feature>/<catalog>": the one list of them.
 * src/features/index.ts registers it for the app, the command line on its own (a command needs
 * the texts of its refusals, not 5 MB of routes and services), and the augmentation below adds
 * their keys to `Messages`. A manifest does not list its catalogs: a list there could only be
 * read by loading the feature's code, so the command line would need a second one. A catalog
 * left out of this list is caught twice: its keys are no `MessageKey` (tsc) and index.test.ts
 * fails for any *messages.ts module not listed here.
 */
import type { Catalogs, MessagesOf } from "../web/i18n/index.js";
import * as homeHome from "./home/messages.js";
import * as authAuth from "./auth/messages.js";
import * as accountAccount from "./account/messages.js";
import * as notificationsNotifications from "./notifications/messages.js";
import * as twoFactorTwoFactor from "./two-factor/messages.js";
import * as organisationOrganisation from "./organisation/messages.js";
import * as pupilsPupils from "./pupils/messages.js";
import * as pupilsAudit from "./pupils/audit-messages.js";
import * as importRows from "./import/messages.js";
import * as importScreens from "./import/ui-messages.js";
import * as measurementsStaff from "./measurements/messages.js";
import * as measurementsAnswers from "./measurements/answer-messages.js";
import * as measurementsInformal from "./measurements/informal-messages.js";
import * as measurementsRuns from "./measurements/run-messages.js";
import * as measurementsExports from "./measurements/export/messages.js";
import * as measurementsComparison from "./measurements/compare-messages.js";
import * as conversationsRefusals from "./conversations/messages.js";
import * as conversationsScreens from "./conversations/ui-messages.js";
import * as conversationsPlanning from "./conversations/planning-messages.js";
import * as conversationsPreparation from "./conversations/preparation-messages.js";
import * as conversationsRequests from "./conversations/request-messages.js";
import * as ideasIdeas from "./ideas/messages.js";
import * as eventsEvents from "./events/messages.js";
import * as calendarCalendar from "./calendar/messages.js";
import * as trajectoryTrajectory from "./trajectory/messages.js";
import * as trajectorySessions from "./trajectory/session-messages.js";
import * as trajectoryParents from "./trajectory/parent-messages.js";
import * as expectationsExpectations from "./expectations/messages.js";
import * as messagesMessages from "./messages/messages.js";
import * as certificationCertification from "./certification/messages.js";
import * as certificationPublic from "./certification/public-messages.js";
import * as planPlan from "./plan/messages.js";
import * as newsNews from "./news/messages.js";
import * as advisorAdvisor from "./advisor/messages.js";
import * as networkNetwork from "./network/messages.js";
import * as panelPanel from "./panel/messages.js";
import * as panelSurveys from "./panel/survey-messages.js";
import * as discussionsDiscussions from "./discussions/messages.js";
import * as adviceAdvice from "./advice/messages.js";
import * as adviceSparring from "./advice/sparring-messages.js";
import * as trainingsTrainings from "./trainings/messages.js";
import * as buddiesBuddies from "./buddies/messages.js";
import * as campaignCampaign from "./campaign/messages.js";
import * as attachmentsMessages from "../attachments/messages.js";
import * as moderationMessages from "../moderation/messages.js";
import * as provincesMessages from "../lib/provinces/messages.js";

export const featureCatalogs = {
  "home/home": homeHome,
  "auth/auth": authAuth,
  "account/account": accountAccount,
  "notifications/notifications": notificationsNotifications,
  "two-factor/twoFactor": twoFactorTwoFactor,
  "organisation/organisation": organisationOrganisation,
  "pupils/pupils": pupilsPupils,
  "pupils/audit": pupilsAudit,
  "import/rows": importRows,
  "import/screens": importScreens,
  "measurements/staff": measurementsStaff,
  "measurements/answers": measurementsAnswers,
  "measurements/informal": measurementsInformal,
  "measurements/runs": measurementsRuns,
  "measurements/exports": measurementsExports,
  "measurements/comparison": measurementsComparison,
  "conversations/refusals": conversationsRefusals,
  "conversations/screens": conversationsScreens,
  "conversations/planning": conversationsPlanning,
  "conversations/preparation": conversationsPreparation,
  "conversations/requests": conversationsRequests,
  "ideas/ideas": ideasIdeas,
  "events/events": eventsEvents,
  "calendar/calendar": calendarCalendar,
  "trajectory/trajectory": trajectoryTrajectory,
  "trajectory/sessions": trajectorySessions,
  "trajectory/parents": trajectoryParents,
  "expectations/expectations": expectationsExpectations,
  "messages/messages": messagesMessages,
  "certification/certification": certificationCertification,
  "certification/public": certificationPublic,
  "plan/plan": planPlan,
  "news/news": newsNews,
  "advisor/advisor": advisorAdvisor,
  "network/network": networkNetwork,
  "panel/panel": panelPanel,
  "panel/surveys": panelSurveys,
  "discussions/discussions": discussionsDiscussions,
  "advice/advice": adviceAdvice,
  "advice/sparring": adviceSparring,
  "trainings/trainings": trainingsTrainings,
  "buddies/buddies": buddiesBuddies,
  "campaign/campaign": campaignCampaign,
  "attachments/messages": attachmentsMessages,
  "moderation/messages": moderationMessages,
  "provinces/messages": provincesMessages,
} as const satisfies Catalogs;

declare module "../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the features' keys
  interface Messages extends MessagesOf<typeof featureCatalogs> {}
}
