/**
 * The sessions a new trajectory starts with, in our own words after seed 003: on the school line
 * the team asks who it wants to be as a school, looks at communication and the values behind it,
 * and at boundaries and what the school may expect of parents; on the parent line parents say how
 * they see the school and what they expect of it; together, the plan is presented. Schools add,
 * skip and reorder them at their own pace. Texts are catalog keys: a session keeps its template key
 * until someone edits it, and reads in each reader's language and words (sessionWords).
 */
import type { Translate } from "../../../web/i18n/index.js";
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

const templateKeys: ReadonlySet<string> = new Set(templateSessions.map((s) => s.key));

/** The texts a session has: its own, or (templateKey set) the template session's it still is. */
export interface SessionTexts {
  templateKey: string | null;
  topic: string;
  goals: string;
}

/**
 * A session's topic and goals as its reader reads them: a template session's in the reader's
 * language and words (a daycare's "opvang"); once someone edited them, their own text as written.
 */
export function sessionWords(t: Translate, session: SessionTexts): { topic: string; goals: string } {
  const key = session.templateKey;
  if (key === null || !templateKeys.has(key)) return { topic: session.topic, goals: session.goals };
  const template = key as TemplateKey;
  return { topic: t(`trajectory.template.${template}.topic`), goals: t(`trajectory.template.${template}.goals`) };
}
