/** The public list: confirmed endorsers who chose to appear, newest first, paged and searchable. */
import { and, desc, eq, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client.js";
import { campaignEndorsements } from "../../../db/schema/index.js";
import { containsPattern, PAGE_SIZE, pageCount, type Paged } from "../../../lib/paging.js";
import { foldedWordsSql } from "../../../lib/search-fold.js";
import type { EndorserRole } from "../domain/choices.js";

export interface PublicEndorser {
  name: string;
  role: EndorserRole;
  organisation: string;
  municipality: string;
  province: string;
}

export async function publicEndorsers(
  db: Db,
  options: { search: string; page: number },
): Promise<Paged<PublicEndorser>> {
  const e = campaignEndorsements;
  // Without accents and punctuation on both sides: "ayse," finds "Ayşe", "Yilmaz Ozturk" finds "Yılmaz-Öztürk".
  const search = options.search.trim();
  const escaped = containsPattern(search).slice(1, -1); // its %, _ and \ taken as themselves
  const pattern = sql`'%' || btrim(${foldedWordsSql(escaped)}) || '%'`;
  const like = (column: AnyPgColumn) => sql`${foldedWordsSql(column)} like ${pattern}`;
  const where = and(
    eq(e.public, true),
    search ? or(like(e.name), like(e.organisation), like(e.municipality)) : undefined,
  );
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(e)
    .where(where);
  const total = Number(counted?.n ?? 0);
  const rows = await db
    .select({
      name: e.name,
      role: e.role,
      organisation: e.organisation,
      municipality: e.municipality,
      province: e.province,
    })
    .from(e)
    .where(where)
    .orderBy(desc(e.confirmedAt), e.id)
    .limit(PAGE_SIZE)
    .offset((options.page - 1) * PAGE_SIZE);
  return { rows: rows as PublicEndorser[], total, pages: pageCount(total) };
}
