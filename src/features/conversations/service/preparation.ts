/**
 * The preparation of a three-way conversation: each voice answers the guide before the
 * conversation starts. The parent answers the parent's questions; the pupil's are filled in
 * at school (by the teacher, on their device, with the child) or at home (by a parent, with
 * the child); the teacher answers theirs and may keep a private note, which row-level
 * security shows to that teacher alone. Once the conversation has started, answers stay as
 * they were.
 */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { conversationPreparations, conversationPrivateNotes } from "../../../db/schema/index.js";
import { currentGuide, type Voice } from "../domain/guide.js";
import { conversationFor, type Conversation } from "./conversation-access.js";
import { previousAgreementsOf, type PastAgreements } from "./outcomes.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";

export type Preparation = typeof conversationPreparations.$inferSelect;

export interface PreparationPageData {
  conversation: Conversation;
  /** The voices the viewer may read: all three for the teacher, pupil and parent for a parent. */
  preparations: Partial<Record<Voice, Preparation>>;
  previous: PastAgreements | null;
  /** The teacher's own private note (never loaded for anyone else). */
  note: string | null;
  canEdit: boolean;
}

/** Which voices the viewer may fill in for this conversation. */
export function voicesFor(conversation: Conversation): Voice[] {
  if (conversation.asTeacher) return ["teacher", "pupil"];
  return conversation.guardianId ? ["parent", "pupil"] : [];
}

export function preparationPage(scope: ViewerScope & { bookingId: string; now: Date }): Promise<PreparationPageData> {
  return inOrg(scope, async (tx) => {
    const conversation = await conversationFor(tx, scope, scope.bookingId);
    const rows = await preparationsOf(tx, scope.orgId, conversation.bookingId);
    const readable: Voice[] = conversation.asTeacher ? ["pupil", "parent", "teacher"] : ["pupil", "parent"];
    const preparations = Object.fromEntries(rows.filter((r) => readable.includes(r.voice)).map((r) => [r.voice, r]));
    return {
      conversation,
      preparations,
      previous: await previousAgreementsOf(tx, scope.orgId, conversation),
      note: conversation.asTeacher ? await privateNoteOf(tx, scope, conversation.bookingId) : null,
      canEdit: scope.now < conversation.startsAt,
    };
  });
}

export function preparationsOf(tx: Tx, orgId: string, bookingId: string): Promise<Preparation[]> {
  return tx
    .select()
    .from(conversationPreparations)
    .where(ofOrg(conversationPreparations, orgId, { bookingId }));
}

async function privateNoteOf(tx: Tx, scope: ViewerScope, bookingId: string): Promise<string | null> {
  const [row] = await tx
    .select({ note: conversationPrivateNotes.note })
    .from(conversationPrivateNotes)
    .where(ofOrg(conversationPrivateNotes, scope.orgId, { bookingId, teacherId: scope.userId }));
  return row?.note ?? null;
}

export type SaveRefusal = "started" | "notYourVoice";

const saveRefused = (reason: SaveRefusal) => refuse(reason, `conversations.prepare.refusal.${reason}`, "invalid");

/** Stores one voice's answers (and for the teacher their private note); refuses without storing. */
export function saveAnswers(
  scope: ViewerScope & {
    bookingId: string;
    voice: Voice;
    answers: Record<string, string>;
    note?: string | undefined;
    now: Date;
  },
): Promise<Outcome<object, Refused<SaveRefusal>>> {
  return inOrg(scope, async (tx) => {
    const conversation = await conversationFor(tx, scope, scope.bookingId);
    if (!voicesFor(conversation).includes(scope.voice)) return saveRefused("notYourVoice");
    if (scope.now >= conversation.startsAt) return saveRefused("started");
    const row = {
      orgId: scope.orgId,
      bookingId: conversation.bookingId,
      voice: scope.voice,
      guideVersion: currentGuide.version,
      answers: scope.answers,
      filledIn: conversation.asTeacher ? ("school" as const) : ("home" as const),
      updatedBy: scope.userId,
      updatedAt: scope.now,
    };
    await tx
      .insert(conversationPreparations)
      .values(row)
      .onConflictDoUpdate({
        target: [conversationPreparations.orgId, conversationPreparations.bookingId, conversationPreparations.voice],
        set: row,
      });
    if (scope.voice === "teacher") await saveNote(tx, scope, conversation.bookingId, scope.note ?? "");
    return { ok: true };
  });
}

async function saveNote(tx: Tx, scope: ViewerScope & { now: Date }, bookingId: string, note: string) {
  const key = ofOrg(conversationPrivateNotes, scope.orgId, { bookingId, teacherId: scope.userId });
  if (note === "") {
    await tx.delete(conversationPrivateNotes).where(key);
    return;
  }
  const row = { orgId: scope.orgId, bookingId, teacherId: scope.userId, note, updatedAt: scope.now };
  await tx
    .insert(conversationPrivateNotes)
    .values(row)
    .onConflictDoUpdate({
      target: [conversationPrivateNotes.orgId, conversationPrivateNotes.bookingId, conversationPrivateNotes.teacherId],
      set: row,
    });
}
