/**
 * A school's own items: stored with the measurement when it is created, so
 * they are frozen with its instrument version, and read back wherever the
 * instrument is used (the questionnaire, scoring, results).
 */
import { asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementExtraItems } from "../../../db/schema/index.js";
import { extraItemSchema, type ExtraItem, type RespondentGroup } from "../domain/instrument.js";
import type { ExtraItemInput } from "./schemas.js";

export async function insertExtraItems(
  tx: Tx,
  orgId: string,
  measurementId: string,
  items: readonly ExtraItemInput[],
): Promise<void> {
  if (!items.length) return;
  await tx.insert(measurementExtraItems).values(
    items.map((item, index) => ({
      orgId,
      measurementId,
      itemId: `extra.${index + 1}`,
      respondentGroup: item.group,
      domain: item.domain,
      // English is optional: without it only the Dutch text is stored.
      text: item.en ? { nl: item.nl, en: item.en } : ({ nl: item.nl } as Record<string, string>),
      position: index + 1,
    })),
  );
}

/** The measurement's own items, of one respondent group or of all. */
export async function loadExtraItems(
  tx: Tx,
  orgId: string,
  measurementId: string,
  group?: RespondentGroup,
): Promise<ExtraItem[]> {
  const rows = await tx
    .select()
    .from(measurementExtraItems)
    .where(
      ofOrg(
        measurementExtraItems,
        orgId,
        { measurementId },
        group ? eq(measurementExtraItems.respondentGroup, group) : undefined,
      ),
    )
    .orderBy(asc(measurementExtraItems.position));
  return rows.map(extraItemOf);
}

export type ExtraItemRow = Pick<
  typeof measurementExtraItems.$inferSelect,
  "itemId" | "respondentGroup" | "domain" | "text"
>;

export function extraItemOf(row: ExtraItemRow): ExtraItem {
  return extraItemSchema.parse({
    id: row.itemId,
    group: row.respondentGroup,
    domain: row.domain,
    // An item without English shows its Dutch text to English readers, marked as Dutch (pickText).
    text: row.text,
  });
}
