/** Pieces the import's pages share: addresses and the counts. */
import type { ImportPlan } from "../plan.js";
import type { Translate } from "../../../web/i18n/index.js";
import { countItems } from "../labels.js";
import { Stats } from "../../../web/components/stats.js";

export const importPath = "/organisation/import";
export const columnsPath = (id: string) => `${importPath}/${id}/columns`;
export const previewPath = (id: string) => `${importPath}/${id}`;
export const confirmPath = (id: string) => `${importPath}/${id}/confirm`;

/** The numbers a school leader checks before and after importing. */
export function Counts({ t, counts }: { t: Translate; counts: ImportPlan["counts"] }) {
  return <Stats items={countItems(counts).map(([label, value]) => [t(label), value] as const)} />;
}
