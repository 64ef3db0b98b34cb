/** Kinds for tests of the shared mail code, which no feature declares. */
import { defineKind } from "./kinds.js";

export const testKind = defineKind({
  name: "test.notice",
  urgent: false,
  label: "dev.outbox.title",
  receivers: ["anyone"],
});
