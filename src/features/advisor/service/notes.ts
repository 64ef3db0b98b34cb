/**
 * An advisor's notes about the organisation they work in now, or about one of its trajectory
 * sessions (docs/trajectory.md, "Advisor notes"). Row-level security keeps an unshared note to its
 * writer (migration 0033); these services also name the writer in every query, as the second lock.
 * Every change is audited without the note's text (the organisation's audit log is the school's to
 * read).
 */
import { and, desc, eq } from "drizzle-orm";
import { recordAudit, type AuditAction } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { advisorNotes, trajectorySessions } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { activeTrajectory, sessionsOf, type SessionRow } from "../../trajectory/index.js";
import type { NoteInput } from "../schemas.js";

export interface Note {
  id: string;
  body: string;
  shared: boolean;
  sessionId: string | null;
  updatedAt: Date;
}

export interface NotesPage {
  notes: Note[];
  /** The active trajectory's sessions, to write a note about; empty without one. */
  sessions: SessionRow[];
}

const own = (scope: ViewerScope) => and(eq(advisorNotes.orgId, scope.orgId), eq(advisorNotes.advisorId, scope.userId));

const columns = {
  id: advisorNotes.id,
  body: advisorNotes.body,
  shared: advisorNotes.shared,
  sessionId: advisorNotes.sessionId,
  updatedAt: advisorNotes.updatedAt,
};

const newestFirst = [desc(advisorNotes.updatedAt), desc(advisorNotes.id)];

function audit(tx: Tx, scope: ViewerScope, action: AuditAction, noteId: string, detail?: string) {
  const entry = { orgId: scope.orgId, userId: scope.userId, entity: "advisor_note" as const, entityId: noteId };
  return recordAudit(tx, { ...entry, action, ...(detail === undefined ? {} : { detail }) });
}

/** The advisor's own notes here, newest first, and the sessions they may write about. */
export function myNotes(scope: ViewerScope): Promise<NotesPage> {
  return inOrg(scope, async (tx) => {
    const notes = await tx
      .select(columns)
      .from(advisorNotes)
      .where(own(scope))
      .orderBy(...newestFirst);
    const trajectory = await activeTrajectory(tx, scope.orgId);
    return { notes, sessions: trajectory ? await sessionsOf(tx, scope.orgId, trajectory.id) : [] };
  });
}

/** Whether the session is one of this organisation's (row-level security hides any other). */
async function isOwnSession(tx: Tx, orgId: string, sessionId: string): Promise<boolean> {
  const [found] = await tx
    .select({ id: trajectorySessions.id })
    .from(trajectorySessions)
    .where(ofOrg(trajectorySessions, orgId, { id: sessionId }));
  return found !== undefined;
}

export function addNote(scope: ViewerScope & { input: NoteInput }): Promise<Outcome<object, Refused<"noSession">>> {
  return inOrg(scope, async (tx) => {
    const { body, sessionId, shared } = scope.input;
    if (sessionId && !(await isOwnSession(tx, scope.orgId, sessionId)))
      return refuse("noSession", "advisor.notes.error.session", "invalid", "sessionId");
    const [made] = await tx
      .insert(advisorNotes)
      .values({ orgId: scope.orgId, advisorId: scope.userId, sessionId, body, shared })
      .returning({ id: advisorNotes.id });
    await audit(tx, scope, "create", made!.id, shared ? "shared" : "private");
    return { ok: true };
  });
}

/** Shares a note with the organisation, or takes it back. */
export function setNoteShared(scope: ViewerScope & { noteId: string; shared: boolean }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const changed = await tx
      .update(advisorNotes)
      .set({ shared: scope.shared, updatedAt: new Date() })
      .where(and(own(scope), eq(advisorNotes.id, scope.noteId)))
      .returning({ id: advisorNotes.id });
    if (!changed.length) throw new NotFoundError("advisor note");
    await audit(tx, scope, "update", scope.noteId, scope.shared ? "shared" : "private");
  });
}

export function deleteNote(scope: ViewerScope & { noteId: string }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const removed = await tx
      .delete(advisorNotes)
      .where(and(own(scope), eq(advisorNotes.id, scope.noteId)))
      .returning({ id: advisorNotes.id });
    if (!removed.length) throw new NotFoundError("advisor note");
    await audit(tx, scope, "delete", scope.noteId);
  });
}

/** A person's notes in one organisation, for their data export. */
export function notesOfPerson(tx: Tx, orgId: string, userId: string): Promise<Note[]> {
  return tx
    .select(columns)
    .from(advisorNotes)
    .where(ofOrg(advisorNotes, orgId, { advisorId: userId }))
    .orderBy(...newestFirst);
}
