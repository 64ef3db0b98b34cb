/**
 * Parents suggest an item for the newsletter: what all parents are told is partly theirs to
 * bring. The managers see the open suggestions; accepting one makes a draft post prefilled from it
 * (for the whole school, not yet published, for staff to finish); declining needs a reason, which
 * the parent reads on the page and by mail. A decided suggestion cannot be decided again.
 */
import { asc, desc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { newsPostVersions, newsPosts, newsSuggestions, users } from "../../../db/schema/index.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify, type MailDeps } from "../../../mail/notify.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { schoolNameOf } from "../../pupils/index.js";
import { newsSuggestionDecided } from "../notifications.js";

export interface SuggestionView {
  id: string;
  title: string;
  body: string;
  createdAt: Date;
  status: "open" | "accepted" | "declined";
  declineReason: string | null;
  decidedAt: Date | null;
  postId: string | null;
  /** For the managers: who suggested it. */
  author: string | null;
}

const columns = {
  id: newsSuggestions.id,
  title: newsSuggestions.title,
  body: newsSuggestions.body,
  createdAt: newsSuggestions.createdAt,
  status: newsSuggestions.status,
  declineReason: newsSuggestions.declineReason,
  decidedAt: newsSuggestions.decidedAt,
  postId: newsSuggestions.postId,
  author: users.name,
};

const asView = (row: Omit<SuggestionView, "status"> & { status: string }) => row as SuggestionView;

/** A parent's own suggestions, newest first; the managers': the open ones, oldest first, then the last decided. */
export function suggestionsFor(scope: ViewerScope & { manager: boolean }): Promise<SuggestionView[]> {
  return inOrg(scope, async (tx) => {
    const query = tx.select(columns).from(newsSuggestions).leftJoin(users, eq(users.id, newsSuggestions.authorId));
    if (!scope.manager) {
      const rows = await query
        .where(ofOrg(newsSuggestions, scope.orgId, { authorId: scope.userId }))
        .orderBy(desc(newsSuggestions.createdAt), desc(newsSuggestions.id));
      return rows.map((row) => asView({ ...row, author: null }));
    }
    const rows = await query
      .where(eq(newsSuggestions.orgId, scope.orgId))
      .orderBy(asc(newsSuggestions.status), desc(newsSuggestions.createdAt), desc(newsSuggestions.id))
      .limit(100);
    return rows.map(asView);
  });
}

export function suggestItem(scope: ViewerScope & { title: string; body: string }): Promise<string> {
  return inOrg(scope, async (tx) => {
    const [row] = await tx
      .insert(newsSuggestions)
      .values({ orgId: scope.orgId, authorId: scope.userId, title: scope.title, body: scope.body })
      .returning({ id: newsSuggestions.id });
    return row!.id;
  });
}

export type DecideRefusal = Refused<"decided">;

async function openSuggestion(tx: Tx, orgId: string, suggestionId: string) {
  const [row] = await tx
    .select()
    .from(newsSuggestions)
    .where(ofOrg(newsSuggestions, orgId, { id: suggestionId }))
    .for("update");
  if (!row) throw new NotFoundError("news suggestion");
  return { row, refused: row.status === "open" ? null : refuse("decided", "news.refusal.decided", "conflict") };
}

type DecideScope = ViewerScope & { suggestionId: string; deps: MailDeps };

async function tellAuthor(tx: Tx, scope: DecideScope, authorId: string, title: string, reason: string | null) {
  const [writer] = await tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.id, authorId));
  const school = await schoolNameOf(tx, scope.orgId);
  if (!writer) return;
  const to = asRecipient(writer);
  const url = `${scope.deps.publicUrl}/news/suggestions`;
  await notify(tx, scope.deps.jobs, newsSuggestionDecided, [to], (recipient, t) => {
    const params = { title, reason: reason ?? "", url };
    const key = reason ? "news.mail.declined" : "news.mail.accepted";
    return {
      subject: t(`${key}.subject`, params),
      text: letter(t, { name: recipient.name, from: school }, t(`${key}.text`, params)),
    };
  });
}

/** Accepts a suggestion: a draft post for the whole school made from it; the draft's id. */
export function acceptSuggestion(scope: DecideScope): Promise<Outcome<{ postId: string }, DecideRefusal>> {
  return inOrg(scope, async (tx) => {
    const { row, refused } = await openSuggestion(tx, scope.orgId, scope.suggestionId);
    if (refused) return refused;
    const [post] = await tx
      .insert(newsPosts)
      .values({ orgId: scope.orgId, authorId: scope.userId, audience: "all", title: row.title, body: row.body })
      .returning({ id: newsPosts.id });
    const postId = post!.id;
    await tx
      .insert(newsPostVersions)
      .values({ orgId: scope.orgId, postId, version: 1, title: row.title, body: row.body, writtenBy: scope.userId });
    await tx
      .update(newsSuggestions)
      .set({ status: "accepted", decidedBy: scope.userId, decidedAt: new Date(), postId })
      .where(ofOrg(newsSuggestions, scope.orgId, { id: row.id }));
    await tellAuthor(tx, scope, row.authorId, row.title, null);
    return { ok: true, postId };
  });
}

/** Declines a suggestion with a reason its writer reads. */
export function declineSuggestion(scope: DecideScope & { reason: string }): Promise<Outcome<object, DecideRefusal>> {
  return inOrg(scope, async (tx) => {
    const { row, refused } = await openSuggestion(tx, scope.orgId, scope.suggestionId);
    if (refused) return refused;
    await tx
      .update(newsSuggestions)
      .set({ status: "declined", declineReason: scope.reason, decidedBy: scope.userId, decidedAt: new Date() })
      .where(ofOrg(newsSuggestions, scope.orgId, { id: row.id }));
    await tellAuthor(tx, scope, row.authorId, row.title, scope.reason);
    return { ok: true };
  });
}
