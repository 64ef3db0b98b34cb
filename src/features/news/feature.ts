/** The news' manifest: its pages, header link, home item, fan-out job, mails, attachments and export. */
import { attachmentOwners } from "../../attachments/index.js";
import { attachmentBodyLimit } from "../../attachments/index.js";
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { personalData } from "../account/index.js";
import { newsFanoutJob } from "./jobs.js";
import { newsKinds } from "./notifications.js";
import { newsHome, newsNav, newsRoutes } from "./routes.js";
import { newsAttachmentOwner } from "./service/attachments.js";
import { newsOfPerson } from "./service/export.js";

export const newsFeature: Feature = {
  name: "news",
  routes: newsRoutes,
  bodyLimits: { "/news/new": attachmentBodyLimit, "/news/:postId/edit": attachmentBodyLimit },
  nav: [newsNav],
  home: newsHome,
  jobs: [newsFanoutJob],
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
