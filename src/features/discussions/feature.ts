/** The discussion groups' manifest: their pages, header link, mail kind, texts and export. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { personalData } from "../account/index.js";
import { discussionKinds } from "./notifications.js";
import { discussionsNav, discussionsRoutes } from "./routes.js";
import { discussionsOfPerson } from "./service/export.js";

export const discussionsFeature: Feature = {
  name: "discussions",
  routes: discussionsRoutes,
  nav: [discussionsNav],
  notifications: discussionKinds,
  contributes: [
    contribution(personalData, {
      name: "discussions",
      covers: [
        "discussion_posts.author_id",
        "discussion_threads.author_id",
        "discussion_groups.proposed_by",
        "discussion_members.user_id",
        "discussion_follows.user_id",
        "discussion_agreements.user_id",
      ],
      read: discussionsOfPerson,
    }),
  ],
};
