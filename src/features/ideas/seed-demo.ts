/**
 * The demo's idea board at De Regenboog: a few ideas of a parent and the team on the active
 * trajectory, with support, posted through the board's own services so they are what a person
 * would have made. Without an active trajectory there is no board, and nothing is seeded.
 */
import type { Tx } from "../../db/client.js";
import { postIdea } from "./service/ideas.js";
import { activeBoard } from "./service/board-of.js";
import { supportIdea } from "./service/support.js";
import type { IdeaInput } from "./schemas.js";

export interface DemoIdea {
  authorId: string;
  input: IdeaInput;
  supporters: string[];
}

/** Posts the ideas in order and returns their ids (empty without a board). */
export async function seedIdeasDemo(tx: Tx, orgId: string, list: readonly DemoIdea[]): Promise<string[]> {
  if (!(await activeBoard(tx, orgId))) return [];
  const ids: string[] = [];
  for (const idea of list) {
    const { id } = await postIdea({ db: tx, orgId, userId: idea.authorId, input: idea.input });
    for (const userId of idea.supporters) await supportIdea({ db: tx, orgId, userId, ideaId: id });
    ids.push(id);
  }
  return ids;
}
