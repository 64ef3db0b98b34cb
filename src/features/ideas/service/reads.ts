/**
 * What the board shows a viewer: the ideas of the active trajectory with their supports and
 * reactions counted. A hidden or merged idea is shown only to its author and to moderators; an
 * idea signed "a parent of group N" never carries its author's name out of this module.
 */
import { and, asc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { ideaReactions, ideas, users } from "../../../db/schema/index.js";
import { groupNameOf } from "../../pupils/index.js";
import { NotFoundError } from "../../../web/errors.js";
import type { DomainId } from "../../measurements/index.js";
import type { SigningGroup } from "../domain/signing.js";
import type { IdeaStatus } from "../schemas.js";
import { activeBoard, boardOf, signingGroupsOf } from "./board-of.js";
import { uptakeOf, type Uptake } from "./for-plan.js";

/** Who signed: a name, or a group whose parent wrote it. */
export type Signature = { name: string } | { group: string };

export interface IdeaCard {
  id: string;
  body: string;
  domain: DomainId;
  signature: Signature;
  createdAt: Date;
  editedAt: Date | null;
  status: IdeaStatus;
  statusNote: string;
  supports: number;
  supportedByMe: boolean;
  reactions: number;
  mine: boolean;
  hiddenReason: string | null;
  mergedInto: string | null;
  /** The plan's actions that took it up, with what became of them. */
  uptake: Omit<Uptake, "ideaId">[];
}

export interface ViewerOptions {
  /** Moderators also see hidden and merged ideas. */
  moderates: boolean;
}

// Written out because drizzle leaves the outer query's columns unqualified in a subquery.
const supports = sql<number>`(select count(*)::int from idea_supports s where s.org_id = ideas.org_id and s.idea_id = ideas.id)`;
const reactions = sql<number>`(select count(*)::int from idea_reactions r where r.org_id = ideas.org_id and r.idea_id = ideas.id)`;
const supportedBy = (userId: string) =>
  sql<boolean>`exists (select 1 from idea_supports s where s.org_id = ideas.org_id and s.idea_id = ideas.id and s.user_id = ${userId})`;

function signatureOf(authorName: string | null, groupName: string | null): Signature {
  return groupName === null ? { name: authorName ?? "" } : { group: groupName };
}

async function cards(tx: Tx, scope: ViewerScope, where: SQL | undefined): Promise<IdeaCard[]> {
  const rows = await tx
    .select({
      id: ideas.id,
      body: ideas.body,
      domain: ideas.domain,
      authorId: ideas.authorId,
      authorName: users.name,
      groupName: groupNameOf(ideas.orgId, ideas.signedGroupId),
      createdAt: ideas.createdAt,
      editedAt: ideas.editedAt,
      status: ideas.status,
      statusNote: ideas.statusNote,
      hiddenReason: ideas.hiddenReason,
      mergedInto: ideas.mergedInto,
      supports,
      reactions,
      supportedByMe: supportedBy(scope.userId),
    })
    .from(ideas)
    .innerJoin(users, eq(users.id, ideas.authorId))
    .where(and(eq(ideas.orgId, scope.orgId), where));
  const uptake = await uptakeOf(
    tx,
    scope.orgId,
    rows.map((row) => row.id),
  );
  return rows.map(({ authorId, authorName, groupName, ...row }): IdeaCard => ({
    ...row,
    domain: row.domain as DomainId,
    supports: Number(row.supports),
    signature: signatureOf(authorName, groupName),
    mine: authorId === scope.userId,
    uptake: (uptake.get(row.id) ?? []).map(({ action, statusKey }) => ({ action, statusKey })),
  }));
}

/** What this viewer may see: everything for moderators, else what is shown plus their own. */
function visibleTo(scope: ViewerScope, { moderates }: ViewerOptions): SQL | undefined {
  if (moderates) return undefined;
  return or(and(isNull(ideas.hiddenAt), isNull(ideas.mergedInto)), eq(ideas.authorId, scope.userId));
}

export interface Board {
  ideas: IdeaCard[];
  signingGroups: SigningGroup[];
}

/** The board of the active trajectory; null when the organisation has none. */
export function board(scope: ViewerScope & ViewerOptions & { domain: DomainId | null }): Promise<Board | null> {
  return inOrg(scope, async (tx) => {
    const active = await activeBoard(tx, scope.orgId);
    if (!active) return null;
    const { trajectoryId } = active;
    const where = and(
      eq(ideas.trajectoryId, trajectoryId),
      scope.domain ? eq(ideas.domain, scope.domain) : undefined,
      visibleTo(scope, scope),
    );
    return {
      ideas: await cards(tx, scope, where),
      signingGroups: await signingGroupsOf(tx, scope.orgId, scope.userId),
    };
  });
}

export interface Reaction {
  id: string;
  body: string;
  signature: Signature;
  createdAt: Date;
}

export interface IdeaDetail {
  idea: IdeaCard;
  reactions: Reaction[];
  signingGroups: SigningGroup[];
  /** For moderators: the ideas a duplicate may be merged into. */
  mergeTargets: { id: string; body: string }[];
}

/** One idea with its reactions, or 404 when it is not on this viewer's board. */
export function ideaDetail(scope: ViewerScope & ViewerOptions & { ideaId: string }): Promise<IdeaDetail> {
  return inOrg(scope, async (tx) => {
    const { trajectoryId } = await boardOf(tx, scope.orgId);
    const inBoard = and(eq(ideas.trajectoryId, trajectoryId), visibleTo(scope, scope));
    const [idea] = await cards(tx, scope, and(inBoard, eq(ideas.id, scope.ideaId)));
    if (!idea) throw new NotFoundError("idea");
    const reactionRows = await tx
      .select({
        id: ideaReactions.id,
        body: ideaReactions.body,
        createdAt: ideaReactions.createdAt,
        authorName: users.name,
        groupName: groupNameOf(ideaReactions.orgId, ideaReactions.signedGroupId),
      })
      .from(ideaReactions)
      .innerJoin(users, eq(users.id, ideaReactions.authorId))
      .where(ofOrg(ideaReactions, scope.orgId, { ideaId: idea.id }))
      .orderBy(asc(ideaReactions.createdAt), asc(ideaReactions.id));
    const mergeTargets = scope.moderates
      ? await tx
          .select({ id: ideas.id, body: ideas.body })
          .from(ideas)
          .where(
            ofOrg(
              ideas,
              scope.orgId,
              { trajectoryId },
              isNull(ideas.hiddenAt),
              isNull(ideas.mergedInto),
              sql`${ideas.id} <> ${idea.id}`,
            ),
          )
          .orderBy(asc(ideas.createdAt), asc(ideas.id))
      : [];
    return {
      idea,
      reactions: reactionRows.map(({ authorName, groupName, ...r }) => ({
        ...r,
        signature: signatureOf(authorName, groupName),
      })),
      mergeTargets,
      signingGroups: await signingGroupsOf(tx, scope.orgId, scope.userId),
    };
  });
}
