/**
 * Attachments are shared infrastructure, not a feature: features store them with their records
 * (store.ts, upload.ts) and answer who may see them (owners.ts). This manifest only plugs the
 * download route and the messages into the app, as a feature's would.
 */
import type { Feature } from "../web/feature.js";
import type { MessagesOf } from "../web/i18n/index.js";
import * as attachmentMessages from "./messages.js";
import { attachmentRoutes } from "./routes.js";

const messages = { messages: attachmentMessages };

declare module "../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the attachments' keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const attachmentsInfrastructure: Feature = {
  name: "attachments",
  routes: attachmentRoutes,
  messages,
};
