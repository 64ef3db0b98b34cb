/**
 * Staff's search of what parents offer: the Dutch full-text search over the profile's generated
 * `search` column (GIN index), with a tag and a language as filters, among the current parents who
 * agreed to be found. A result shows name, children's groups, languages and what they offer; no
 * contact details (those change hands only when a parent says yes to a request and agrees).
 */
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { rowsOf } from "../../../db/client.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { networkProfiles } from "../../../db/schema/index.js";
import { tsqueryOf } from "../domain/search.js";
import type { SearchInput } from "../schemas.js";
import { cardOf, type ParentCard } from "./directory.js";
import { currentParents } from "./parents.js";
import { asProfile, profileColumns } from "./profile.js";

/** At most this many found parents are shown. */
export const MAX_FOUND = 100;

export function searchParents(scope: ViewerScope & { input: SearchInput }): Promise<ParentCard[]> {
  return inOrg(scope, async (tx) => {
    const query = tsqueryOf(scope.input.q);
    const conditions: SQL[] = [eq(networkProfiles.orgId, scope.orgId), eq(networkProfiles.findable, true)];
    const tsquery = query === null ? null : sql`to_tsquery('dutch', ${query})`;
    if (tsquery) conditions.push(sql`${networkProfiles.search} @@ ${tsquery}`);
    if (scope.input.tag) conditions.push(sql`${scope.input.tag} = any(${networkProfiles.tags})`);
    if (scope.input.language) conditions.push(sql`${scope.input.language} = any(${networkProfiles.languages})`);
    const rank = tsquery ? [desc(sql`ts_rank(${networkProfiles.search}, ${tsquery})`)] : [];
    const rows = await tx
      .select(profileColumns)
      .from(networkProfiles)
      .where(and(...conditions))
      .orderBy(...rank, asc(networkProfiles.userId))
      .limit(MAX_FOUND * 2);
    const parents = await currentParents(tx, scope.orgId);
    return rows
      .flatMap((row) => {
        const parent = parents.get(row.userId);
        const card = parent ? cardOf(parent, asProfile(row), "staff") : null;
        return card ? [card] : [];
      })
      .slice(0, MAX_FOUND);
  });
}

/** The tags findable parents use, for the filter, most used first. */
export function knownTags(scope: ViewerScope): Promise<string[]> {
  return inOrg(scope, async (tx) => {
    const result = await tx.execute(
      sql`select tag from network_profiles, unnest(tags) as tag where org_id = ${scope.orgId} and findable group by tag order by count(*) desc, tag limit 50`,
    );
    return rowsOf<{ tag: string }>(result).map((row) => row.tag);
  });
}
