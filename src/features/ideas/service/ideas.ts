/** Posting an idea, and editing one's own: nobody edits another's idea, moderators neither. */
import { sql } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { ideas } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { IdeaInput } from "../schemas.js";
import type { SigningGroup } from "../domain/signing.js";
import { boardOf, signatureOf, signingGroupsOf } from "./board-of.js";
import { lockedIdea } from "./idea-row.js";

export function postIdea(scope: ViewerScope & { input: IdeaInput }): Promise<{ id: string }> {
  return inOrg(scope, async (tx) => {
    const { trajectoryId } = await boardOf(tx, scope.orgId);
    const { body, domain, signAs } = scope.input;
    const signedGroupId = await signatureOf(tx, scope.orgId, scope.userId, signAs);
    const [row] = await tx
      .insert(ideas)
      .values({ orgId: scope.orgId, trajectoryId, authorId: scope.userId, signedGroupId, domain, body })
      .returning({ id: ideas.id });
    return row!;
  });
}

export type EditRefusal = Refused<"notAuthor">;

/** The author's own idea as they wrote it, for the edit form; anyone else is refused. */
type ToEdit = { idea: IdeaInput; groups: SigningGroup[] };

/** The author's own idea as they wrote it and the groups they may sign as, for the edit form. */
export function ideaToEdit(scope: ViewerScope & { ideaId: string }): Promise<Outcome<ToEdit, EditRefusal>> {
  return inOrg(scope, async (tx) => {
    const row = await lockedIdea(tx, scope.orgId, scope.ideaId, "share");
    if (row.authorId !== scope.userId) return notAuthor();
    const idea: IdeaInput = {
      body: row.body,
      domain: row.domain as IdeaInput["domain"],
      signAs: row.signedGroupId ?? "name",
    };
    return { ok: true, idea, groups: await signingGroupsOf(tx, scope.orgId, scope.userId) };
  });
}

export function editIdea(
  scope: ViewerScope & { ideaId: string; input: IdeaInput },
): Promise<Outcome<object, EditRefusal>> {
  return inOrg(scope, async (tx) => {
    const row = await lockedIdea(tx, scope.orgId, scope.ideaId, "update");
    if (row.authorId !== scope.userId) return notAuthor();
    const { body, domain, signAs } = scope.input;
    const signedGroupId = await signatureOf(tx, scope.orgId, scope.userId, signAs);
    await tx
      .update(ideas)
      .set({ body, domain, signedGroupId, editedAt: sql`now()` })
      .where(ofOrg(ideas, scope.orgId, { id: row.id }));
    return { ok: true };
  });
}

function notAuthor(): EditRefusal {
  return refuse("notAuthor", "ideas.refusal.notAuthor", "forbidden");
}
