/**
 * The national questions and guides (platform-wide content, no organisation): what everyone reads,
 * the search (PostgreSQL full-text search with Dutch stemming for Dutch readers, English for
 * English ones, accents and punctuation folded away), the "was this helpful?" counters, and the editors' changes.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { recordPlatformAudit } from "../../../audit/record.js";
import type { Db, Tx } from "../../../db/client.js";
import { adviceHelpfulVotes, adviceItems, type AdviceItem } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { Locale } from "../../../web/i18n/index.js";
import type { ItemInput } from "../schemas.js";
import { foldedSql, searchWords } from "../../../lib/search-fold.js";
import { keyedDigest } from "../../../lib/keyed-hash.js";

export type Kind = "faq" | "guide";

/** An item as a reader sees it, in their language. */
export interface ItemView {
  id: string;
  kind: Kind;
  slug: string;
  topic: string;
  title: string;
  body: string;
  helpfulYes: number;
  helpfulNo: number;
  published: boolean;
}

function inLocale(row: AdviceItem, locale: Locale): ItemView {
  return {
    id: row.id,
    kind: row.kind as Kind,
    slug: row.slug,
    topic: row.topic,
    title: locale === "en" ? row.titleEn : row.titleNl,
    body: locale === "en" ? row.bodyEn : row.bodyNl,
    helpfulYes: row.helpfulYes,
    helpfulNo: row.helpfulNo,
    published: row.published,
  };
}

const order = [asc(adviceItems.position), asc(adviceItems.titleNl)];

/** The published items of a kind, in their order. */
export async function publishedItems(db: Db, locale: Locale, kind: Kind): Promise<ItemView[]> {
  const rows = await db
    .select()
    .from(adviceItems)
    .where(and(eq(adviceItems.kind, kind), eq(adviceItems.published, true)))
    .orderBy(...order);
  return rows.map((row) => inLocale(row, locale));
}

/**
 * The published items that have every word searched, best first. Accents and punctuation do not
 * count on either side ("Ayse" finds "Ayşe", "ideeen" finds "ideeën"): the stored vectors are of the
 * folded text, and the words searched are folded alike before they are stemmed. A word with punctuation is found as written
 * without it or by any of its parts of two letters or more: "(G)MR" finds "GMR", "(G)MR" and "MR",
 * "ouder's" finds "ouders".
 */
export async function searchItems(db: Db, locale: Locale, words: string): Promise<ItemView[]> {
  const config = locale === "en" ? "english" : "dutch";
  // Stored folded (the schema's generated columns, foldedSqlText), indexed.
  const vector = locale === "en" ? adviceItems.searchEn : adviceItems.searchNl;
  const each = searchWords(words).map(({ joined, parts }) => {
    const forms = [...new Set([joined, ...parts.filter((part) => part.length > 1)])];
    const either = forms.map((form) => sql`plainto_tsquery(${config}::regconfig, ${foldedSql(form)})`);
    return sql`(${sql.join(either, sql` || `)})`;
  });
  if (!each.length) return [];
  const query = sql`(${sql.join(each, sql` && `)})`;
  const rows = await db
    .select()
    .from(adviceItems)
    .where(and(eq(adviceItems.published, true), sql`${vector} @@ ${query}`))
    .orderBy(sql`ts_rank(${vector}, ${query}) desc`, ...order)
    .limit(50);
  return rows.map((row) => inLocale(row, locale));
}

/** A published item by its address, or null. */
export async function publishedItem(db: Db, locale: Locale, kind: Kind, slug: string): Promise<ItemView | null> {
  const [row] = await db
    .select()
    .from(adviceItems)
    .where(and(eq(adviceItems.kind, kind), eq(adviceItems.slug, slug), eq(adviceItems.published, true)));
  return row ? inLocale(row, locale) : null;
}

/** The key a signed-in reader's answers are kept under: the same account, not which (HMAC with SECRET_KEY). */
export function helpfulVoter(secretKey: string, userId: string): string {
  return keyedDigest(secretKey, `advice-helpful:${userId}`, "hex");
}

/** Keeps the reader's answer to the item; the one it replaces, or null for a first. */
async function replaceVote(tx: Tx, itemId: string, voter: string, helpful: boolean): Promise<boolean | null> {
  const key = and(eq(adviceHelpfulVotes.itemId, itemId), eq(adviceHelpfulVotes.voter, voter));
  const [before] = await tx.select({ helpful: adviceHelpfulVotes.helpful }).from(adviceHelpfulVotes).where(key);
  await tx
    .insert(adviceHelpfulVotes)
    .values({ itemId, voter, helpful })
    .onConflictDoUpdate({ target: [adviceHelpfulVotes.itemId, adviceHelpfulVotes.voter], set: { helpful } });
  return before?.helpful ?? null;
}

/**
 * Counts one answer to "was this helpful?" so that a reader counts once per question: a signed-in
 * reader by their account (`voter`, whatever their browser keeps), anyone else by the answer their
 * browser says it gave before (`previous`, its cookie). A new answer replaces the earlier one, the
 * same answer again changes nothing. False when no published question has that address.
 */
export function countHelpful(
  db: Db,
  options: { slug: string; helpful: boolean; previous: boolean | null; voter: string | null },
): Promise<boolean> {
  const { slug, helpful, voter } = options;
  return db.transaction(async (tx) => {
    // The item's row is locked, so one reader's two answers at once are counted one after the other.
    const [item] = await tx
      .select({ id: adviceItems.id })
      .from(adviceItems)
      .where(and(eq(adviceItems.slug, slug), eq(adviceItems.kind, "faq"), eq(adviceItems.published, true)))
      .for("update");
    if (!item) return false;
    const previous = voter ? await replaceVote(tx, item.id, voter, helpful) : options.previous;
    const change = (answer: boolean) => (helpful === answer ? 1 : 0) - (previous === answer ? 1 : 0);
    await tx
      .update(adviceItems)
      .set({
        helpfulYes: sql`greatest(${adviceItems.helpfulYes} + ${change(true)}, 0)`,
        helpfulNo: sql`greatest(${adviceItems.helpfulNo} + ${change(false)}, 0)`,
      })
      .where(eq(adviceItems.id, item.id));
    return true;
  });
}

/** Every item, published or not, for the editors. */
export function allItems(db: Db): Promise<AdviceItem[]> {
  return db
    .select()
    .from(adviceItems)
    .orderBy(asc(adviceItems.kind), asc(adviceItems.topic), ...order);
}

export async function itemBySlug(db: Db, slug: string): Promise<AdviceItem | null> {
  const [row] = await db.select().from(adviceItems).where(eq(adviceItems.slug, slug));
  return row ?? null;
}

type SaveRefusal = Refused<"slugTaken">;

function fieldsOf(input: ItemInput) {
  return { ...input, topic: input.kind === "faq" ? input.topic : "", updatedAt: new Date() };
}

/**
 * Saves an item: a new one when `slug` is null, else the item at that address (which may move to
 * input.slug). The editor's change is in the platform's audit trail.
 */
export async function saveItem(
  db: Db,
  slug: string | null,
  input: ItemInput,
  userId: string,
): Promise<Outcome<object, SaveRefusal>> {
  const taken = () => refuse("slugTaken", "advice.error.slugTaken", "conflict", "slug");
  return db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ slug: adviceItems.slug })
      .from(adviceItems)
      .where(eq(adviceItems.slug, input.slug));
    if (clash && clash.slug !== slug) return taken();
    const [saved] =
      slug === null
        ? await tx.insert(adviceItems).values(fieldsOf(input)).returning({ id: adviceItems.id })
        : await tx
            .update(adviceItems)
            .set(fieldsOf(input))
            .where(eq(adviceItems.slug, slug))
            .returning({ id: adviceItems.id });
    if (!saved) return refuse("slugTaken", "error.conflict", "conflict");
    await recordPlatformAudit(tx, {
      userId,
      action: slug === null ? "create" : "update",
      entity: "advice_item",
      entityId: saved.id,
      detail: `${input.kind}: ${input.titleNl}`,
    });
    return { ok: true };
  });
}

export async function deleteItem(db: Db, slug: string, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(adviceItems)
      .where(eq(adviceItems.slug, slug))
      .returning({ id: adviceItems.id, kind: adviceItems.kind, titleNl: adviceItems.titleNl });
    if (gone)
      await recordPlatformAudit(tx, {
        userId,
        action: "delete",
        entity: "advice_item",
        entityId: gone.id,
        detail: `${gone.kind}: ${gone.titleNl}`,
      });
    return gone !== undefined;
  });
}
