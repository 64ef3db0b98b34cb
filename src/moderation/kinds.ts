/**
 * What a feature tells the shared moderation about one kind of its content (an idea, a reaction,
 * a news comment): the content keeps its hidden state in the feature's own table, which the
 * feature's reads filter on; moderation asks and changes it through these two functions.
 */
import type { AuditEntity } from "../audit/record.js";
import type { Tx } from "../db/client.js";
import type { ViewerScope } from "../db/org-scope.js";

export interface ModeratedState {
  /** Who wrote it: they cannot report their own content. */
  authorId: string | null;
  /** Why it is hidden, or null when it is shown. */
  hiddenReason: string | null;
  /** Whether the person acting can see it now (only what one can see can be reported). */
  seenByViewer: boolean;
}

export interface ModeratedKind {
  /** `content_kind` of its reports ("idea"). */
  kind: string;
  /** What the audit log calls it. */
  auditEntity: AuditEntity;
  /**
   * The content's state, its row locked for update, so that the same action pressed several
   * times at once runs one after another and each sees what the one before did; null when it is
   * not there (or not on the viewer's board).
   */
  lock(tx: Tx, scope: ViewerScope, contentId: string): Promise<ModeratedState | null>;
  /** Hides it with the reason its writer reads, or shows it again (null). */
  setHidden(tx: Tx, scope: ViewerScope, contentId: string, hidden: { reason: string } | null): Promise<void>;
}
