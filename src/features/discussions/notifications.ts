/** The kinds of mail the discussion groups send (src/notifications/kinds.ts). */
import { defineKind, schoolStaff } from "../../notifications/kinds.js";

/** A new reply in a thread one follows. */
export const discussionReply = defineKind({
  name: "discussion.reply",
  urgent: false,
  delivery: "now",
  label: "discussions.notification.reply",
  receivers: ["guardian", ...schoolStaff],
});

export const discussionKinds = [discussionReply];
