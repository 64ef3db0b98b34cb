/**
 * What every feature with moderated content writes alike, written once: hiding through the
 * hidden columns of its own table, and the four commands (report, hide, show again, keep), each
 * in the organisation's transaction after the feature's own check that the person may reach it.
 */
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Tx } from "../db/client.js";
import { ofOrg } from "../db/of-org.js";
import { inOrg, type ViewerScope } from "../db/org-scope.js";
import type { Outcome } from "../web/outcome.js";
import type { ModeratedKind } from "./kinds.js";
import { hideContent, keepContent, reportContent, restoreContent, type ReportRefusal } from "./service.js";

type HidingTable = PgTable & {
  orgId: PgColumn;
  id: PgColumn;
  hiddenAt: PgColumn;
  hiddenBy: PgColumn;
  hiddenReason: PgColumn;
};

/** `setHidden` for content whose table has `hidden_at`, `hidden_by` and `hidden_reason`. */
export function setHiddenIn<T extends HidingTable>(table: T): ModeratedKind["setHidden"] {
  return async (tx, scope, contentId, hidden) => {
    const values = hidden
      ? { hiddenAt: new Date(), hiddenBy: scope.userId, hiddenReason: hidden.reason }
      : { hiddenAt: null, hiddenBy: null, hiddenReason: null };
    await tx
      .update(table)
      .set(values as PgUpdateSetSource<T>)
      .where(ofOrg(table, scope.orgId, { id: contentId }));
  };
}

export interface ModerationCommands<S extends ViewerScope> {
  report(scope: S & { reason: string }): Promise<Outcome<object, ReportRefusal>>;
  hide(scope: S & { reason: string }): Promise<void>;
  restore(scope: S): Promise<void>;
  keep(scope: S): Promise<void>;
}

/**
 * The commands on one kind of content, the content named by the feature's own scope (`postId`,
 * `ideaId`); `check` throws when the person may not reach it there (a reaction under another post).
 */
export function moderationCommands<S extends ViewerScope>(
  kind: ModeratedKind,
  contentIdOf: (scope: S) => string,
  check?: (tx: Tx, scope: S) => Promise<void>,
): ModerationCommands<S> {
  const run = <T>(scope: S, act: (tx: Tx, target: { kind: ModeratedKind; contentId: string }) => Promise<T>) =>
    inOrg(scope, async (tx) => {
      await check?.(tx, scope);
      return act(tx, { kind, contentId: contentIdOf(scope) });
    });
  return {
    report: (scope) => run(scope, (tx, target) => reportContent(tx, scope, { ...target, reason: scope.reason })),
    hide: (scope) => run(scope, (tx, target) => hideContent(tx, scope, { ...target, reason: scope.reason })),
    restore: (scope) => run(scope, (tx, target) => restoreContent(tx, scope, target)),
    keep: (scope) => run(scope, (tx, target) => keepContent(tx, scope, target)),
  };
}
