/**
 * Moderation is shared infrastructure, not a feature: features embed its service, its form and
 * its queue. This manifest only registers its messages, as a feature's would.
 */
import type { Feature } from "../web/feature.js";
import type { MessagesOf } from "../web/i18n/index.js";
import * as moderationMessages from "./messages.js";

const messages = { messages: moderationMessages };

declare module "../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the moderation's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const moderationInfrastructure: Feature = { name: "moderation", messages };
