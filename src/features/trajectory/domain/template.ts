/**
 * The sessions a new trajectory starts with, in our own words after seed 003: on the school line
 * the team asks who it wants to be as a school, looks at communication and the values behind it,
 * and at boundaries and what the school may expect of parents; on the parent line parents say how
 * they see the school and what they expect of it; together, the plan is presented. Schools add,
 * skip and reorder them at their own pace. Texts are catalog keys, written in the starter's language.
 */
import type { SessionLine } from "./phase.js";

export const templateSessions = [
  { line: "school", key: "vision" },
  { line: "school", key: "communication" },
  { line: "school", key: "boundaries" },
  { line: "parents", key: "partnership" },
  { line: "parents", key: "expectations" },
  { line: "joint", key: "plan" },
] as const satisfies readonly { line: SessionLine; key: string }[];

export type TemplateKey = (typeof templateSessions)[number]["key"];
