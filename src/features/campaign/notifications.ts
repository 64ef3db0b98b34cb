/** The kinds of mail the campaign sends (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

/** Urgent: without it an endorsement cannot be confirmed, and it carries the withdrawal link. */
export const campaignConfirmKind = defineKind({
  name: "campaign.confirm",
  urgent: true,
  delivery: "now",
  label: "campaign.notification.confirm",
  receivers: ["anyone"],
});

export const campaignStoryDecidedKind = defineKind({
  name: "campaign.storyDecided",
  urgent: false,
  delivery: "now",
  label: "campaign.notification.storyDecided",
  receivers: ["anyone"],
});

export const campaignKinds = [campaignConfirmKind, campaignStoryDecidedKind];
