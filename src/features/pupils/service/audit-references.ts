/**
 * Some audit details name a thing by its id: a booking its time slot ("by parent; slot <id>"), a
 * merged idea the idea it went into ("into:<id>"), the trajectory a measurement it linked or
 * unlinked ("<id>"). The trail keeps the id (a name written into it would outlive an account's
 * deletion); the reader sees the thing as it is when the page is read, looked up for the whole page
 * at once, one query per kind, in the organisation's transaction. A thing that is gone, or is not
 * the organisation's, is looked up as nothing. The features that own the things answer through the
 * extension point `auditReferences`, so the trail imports none of them.
 */
import { z } from "zod";
import type { Tx } from "../../../db/client.js";
import { contributionsTo, extensionPoint } from "../../../web/extension.js";

/** What the trail shows of each kind of thing: times and names, as the owning feature reads them. */
export interface ReferencedThings {
  conversationSlot: { startsAt: Date; endsAt: Date; teacher: string };
  idea: { text: string };
  measurement: { kind: string; title: string };
  /**
   * The person a staff invitation went to: the name the inviter typed while it waits for an answer,
   * their own once they are a member; nothing when it was declined, withdrawn or expired (an
   * organisation never learns the account's name of someone who did not accept).
   */
  invitee: { name: string; pending: boolean };
}
export type ReferenceKind = keyof ReferencedThings;

/** A feature's lookup of its things by id, those of the organisation only (the caller's transaction). */
export type AuditReferenceSource = {
  [K in ReferenceKind]: {
    kind: K;
    read(tx: Tx, orgId: string, ids: readonly string[]): Promise<Map<string, ReferencedThings[K]>>;
  };
}[ReferenceKind];

export const auditReferences = extensionPoint<AuditReferenceSource>("pupils.auditReferences");

/** A detail that names a thing, read into its parts (the id, and the words around it). */
export type Referring =
  | { kind: "conversationSlot"; id: string; by: string }
  | { kind: "idea"; id: string }
  | { kind: "measurement"; id: string }
  | { kind: "invitee"; id: string };

/** A detail's thing as it is now: null when it is gone (or never was the organisation's). */
export type Reference = {
  [K in ReferenceKind]: Extract<Referring, { kind: K }> & { thing: ReferencedThings[K] | null };
}[ReferenceKind];

/** What an entry says, as the trail reads it: the thing it is about by id, when it has one. */
interface Said {
  entity: string;
  action: string;
  detail: string | null;
  entityId?: string | null;
}

/** The thing an entry's detail names, in one of the shapes the features write; null for any other detail. */
export function referringIn(entry: Said): Referring | null {
  const { detail } = entry;
  if (detail === null) return null;
  // An invitation names its person by the entry's id (invite.ts writes "invitation: roles: …").
  if (entry.entity === "staff" && entry.action === "create" && detail.startsWith("invitation: "))
    return entry.entityId ? { kind: "invitee", id: entry.entityId } : null;
  if (entry.entity === "conversation_booking") {
    const [, by, id] = /^by (\w+); slot (\S+)$/.exec(detail) ?? [];
    return by && id ? { kind: "conversationSlot", id, by } : null;
  }
  if (entry.entity === "idea" && entry.action === "merge") {
    const [, id] = /^into:(\S+)$/.exec(detail) ?? [];
    return id ? { kind: "idea", id } : null;
  }
  if (entry.entity === "trajectory" && (entry.action === "link" || entry.action === "unlink"))
    return /^\S+$/.test(detail) ? { kind: "measurement", id: detail } : null;
  return null;
}

const isId = (value: string) => z.guid().safeParse(value).success;

/**
 * The things the entries' details name, each entry with its own (null for a detail that names
 * none): one lookup per kind for all the entries, none for an id that is no id.
 */
export async function withReferences<Entry extends Said>(
  tx: Tx,
  orgId: string,
  entries: readonly Entry[],
): Promise<(Entry & { reference: Reference | null })[]> {
  const referring = entries.map(referringIn);
  const found = new Map<string, unknown>();
  for (const source of contributionsTo(auditReferences)) {
    const ids = [...new Set(referring.flatMap((r) => (r?.kind === source.kind && isId(r.id) ? [r.id] : [])))];
    if (ids.length === 0) continue;
    for (const [id, thing] of await source.read(tx, orgId, ids)) found.set(`${source.kind}:${id}`, thing);
  }
  return entries.map((entry, i) => {
    const refers = referring[i]!;
    const thing = refers ? (found.get(`${refers.kind}:${refers.id}`) ?? null) : null;
    return { ...entry, reference: refers ? ({ ...refers, thing } as Reference) : null };
  });
}
