/** The live count of confirmed endorsements, by role and by province: the slots summed. */
import { sql } from "drizzle-orm";
import { preparedStatement, type Db } from "../../../db/client.js";
import { endorserRoles, type EndorserRole } from "../domain/choices.js";
import { provinces, type Province } from "../../../lib/provinces/index.js";

export interface CampaignCount {
  total: number;
  byRole: Record<EndorserRole, number>;
  byProvince: Record<Province, number>;
}

const sums = preparedStatement<{ role: string; province: string; n: string | number }>(
  "campaign_count_sums",
  () => sql`select role, province, sum(n) as n from campaign_counts group by role, province`,
);

export async function campaignCount(db: Db): Promise<CampaignCount> {
  const byRole = Object.fromEntries(endorserRoles.map((r) => [r, 0])) as Record<EndorserRole, number>;
  const byProvince = Object.fromEntries(provinces.map((p) => [p, 0])) as Record<Province, number>;
  let total = 0;
  for (const row of await sums(db, {})) {
    const n = Number(row.n);
    total += n;
    if (row.role in byRole) byRole[row.role as EndorserRole] += n;
    if (row.province in byProvince) byProvince[row.province as Province] += n;
  }
  return { total, byRole, byProvince };
}
