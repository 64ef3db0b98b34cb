/** The news' manifest: its pages, header link, home item, fan-out job, mails, attachments and export. */
import { attachmentOwners } from "../../attachments/index.js";
import { attachmentBodyLimit } from "../../attachments/index.js";
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { personalData } from "../account/index.js";
import { newsFanoutJob } from "./jobs.js";
import * as news from "./messages.js";
import { newsKinds } from "./notifications.js";
import { newsHome, newsNav, newsRoutes } from "./routes.js";
import { newsAttachmentOwner } from "./service/attachments.js";
import { newsOfPerson } from "./service/export.js";

const messages = { news };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const newsFeature: Feature = {
  name: "news",
  routes: newsRoutes,
  bodyLimits: { "/news/new": attachmentBodyLimit, "/news/:postId/edit": attachmentBodyLimit },
  nav: [newsNav],
  home: newsHome,
  jobs: [newsFanoutJob],
  messages,
  notifications: newsKinds,
  contributes: [
    contribution(personalData, {
      name: "news",
      covers: ["news_reactions.author_id", "news_suggestions.author_id", "news_reads.user_id"],
      read: newsOfPerson,
    }),
    contribution(attachmentOwners, newsAttachmentOwner),
  ],
};
