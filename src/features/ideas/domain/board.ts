/**
 * The board's order: what the school took up (and what became of it) first, so a parent sees
 * their input went somewhere; then the open ideas, most supported first; then what the school
 * decided not to do now, with its note.
 */
import type { IdeaStatus } from "../schemas.js";

export interface Ranked {
  status: IdeaStatus;
  supports: number;
  createdAt: Date;
}

export interface Sections<T> {
  takenUp: T[];
  open: T[];
  notNow: T[];
}

const sectionOf: Record<IdeaStatus, keyof Sections<unknown>> = {
  takenUp: "takenUp",
  done: "takenUp",
  new: "open",
  notNow: "notNow",
};

/** Most supported first; among equals the newest. */
export function byRank(a: Ranked, b: Ranked): number {
  return b.supports - a.supports || b.createdAt.getTime() - a.createdAt.getTime();
}

export function boardSections<T extends Ranked>(ideas: readonly T[]): Sections<T> {
  const sections: Sections<T> = { takenUp: [], open: [], notNow: [] };
  for (const idea of [...ideas].sort(byRank)) sections[sectionOf[idea.status]].push(idea);
  return sections;
}
