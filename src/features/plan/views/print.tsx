/** The plan on paper, for the parent evening: the organisation, the version, and the plan itself. */
import { formatMoment } from "../../../lib/time/format.js";
import type { PlanSnapshot } from "../domain/snapshot.js";
import { PlanDocument } from "./document.js";
import type { PlanBase } from "./props.js";

export interface PrintProps extends PlanBase {
  orgName: string;
  plan: PlanSnapshot;
  /** When the printed version was published; null: a draft (staff only). */
  publishedAt: Date | null;
  today: string;
  ideas: ReadonlyMap<string, { body: string }>;
}

export function PrintPage(props: PrintProps) {
  const { t, locale, orgName, publishedAt } = props;
  return (
    <div class="plan-print">
      <p class="no-print">
        <a href="/plan/for-parents">{t("plan.back")}</a> · {t("plan.print.hint")} ·{" "}
        <a href="/plan/plan.pdf">{t("plan.pdf.link")}</a>
      </p>
      <h1>{t("plan.print.title", { org: orgName })}</h1>
      <p>
        {publishedAt ? t("plan.print.published", { date: formatMoment(locale, publishedAt) }) : t("plan.print.draft")}
      </p>
      <PlanDocument {...props} />
    </div>
  );
}
