/** Messages about a child: the pages, the header link, the home items, the delivery job, the mails and the texts. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { attachmentBodyLimit, attachmentOwners } from "../../attachments/index.js";
import { personalData } from "../account/index.js";
import { messagesHome } from "./home.js";
import { deliverPostJob } from "./jobs.js";
import { messageKinds } from "./notifications.js";
import { mayManageMessages } from "./policy.js";
import { messagesNav, messagesRoutes } from "./routes.js";
import { messagesOfPerson } from "./service/export.js";
import { POST_ATTACHMENTS } from "./service/posting.js";
import { maySeePost } from "./service/reading.js";

export const messagesFeature: Feature = {
  name: "messages",
  routes: messagesRoutes,
  nav: [messagesNav],
  home: messagesHome,
  jobs: [deliverPostJob],
  notifications: messageKinds,
  bodyLimits: { "/messages": attachmentBodyLimit, "/messages/:threadId/posts": attachmentBodyLimit },
  contributes: [
    contribution(personalData, {
      name: "messages",
      covers: ["message_posts.author_id", "message_threads.started_by", "message_reads.user_id"],
      read: messagesOfPerson,
    }),
    contribution(attachmentOwners, {
      kind: POST_ATTACHMENTS,
      maySee: ({ tx, viewer, orgId, ownerId }) =>
        maySeePost(tx, { userId: viewer.userId, manager: mayManageMessages(viewer), orgId, now: new Date() }, ownerId),
    }),
  ],
};
