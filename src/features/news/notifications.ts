/** The kinds of mail news sends (src/notifications/kinds.ts). */
import { defineKind, schoolStaff } from "../../notifications/kinds.js";

/** A post for the person was published: not urgent, at once unless they chose the digest or off. */
export const newsPublished = defineKind({
  name: "news.published",
  urgent: false,
  label: "news.notification.published",
  receivers: ["guardian", ...schoolStaff],
});

/** The school answered a parent's reaction. */
export const newsAnswered = defineKind({
  name: "news.answered",
  urgent: false,
  label: "news.notification.answered",
  receivers: ["guardian"],
});

/** The school declined a parent's suggestion (with its reason) or took it up. */
export const newsSuggestionDecided = defineKind({
  name: "news.suggestionDecided",
  urgent: false,
  label: "news.notification.suggestion",
  receivers: ["guardian"],
});

export const newsKinds = [newsPublished, newsAnswered, newsSuggestionDecided];
