/**
 * Response rates while a measurement runs: per class and, for a group asked
 * in several classes, all of them together. Counts only, never who; and a
 * notice while any of them is below the anonymity threshold.
 */
import type { Translate } from "../../../web/i18n/index.js";
import { respondentGroups } from "../domain/instrument.js";
import type { AudienceRate } from "../service/queries.js";
import { audienceLabel, groupLabel } from "./labels.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Section } from "../../../web/components/section.js";
import { OverfullNotice } from "./overfull.js";

interface Row {
  label: string;
  invited: number;
  responded: number;
  total: boolean;
}

function rowsOf(t: Translate, audiences: AudienceRate[]): Row[] {
  return respondentGroups.flatMap((group) => {
    const own = audiences.filter((a) => a.group === group);
    const rows = own.map((a) => ({
      label: audienceLabel(t, a),
      invited: a.invited,
      responded: a.responded,
      total: false,
    }));
    if (own.length < 2) return rows;
    const sum = (pick: (a: AudienceRate) => number) => own.reduce((n, a) => n + pick(a), 0);
    const label = t("measure.rates.total", { group: groupLabel(t, group) });
    return [...rows, { label, invited: sum((a) => a.invited), responded: sum((a) => a.responded), total: true }];
  });
}

/** Whether the invitation job has made the invitations, will at opening, or is about to now. */
export type InvitationState = "made" | "atOpening" | "sending";

export function Rates(props: {
  t: Translate;
  audiences: AudienceRate[];
  threshold: number;
  closed: boolean;
  invitations: InvitationState;
}) {
  const { t, threshold, invitations } = props;
  // Before the job ran every count is 0, which reads as "nobody was invited".
  const invited = (row: Row) =>
    invitations === "made"
      ? row.invited
      : t(invitations === "sending" ? "measure.rates.sending" : "measure.rates.atOpening");
  const rows = rowsOf(t, props.audiences);
  return (
    <Section id="rates-title" title={t(props.closed ? "measure.rates.titleClosed" : "measure.rates.title")}>
      <p>{t("measure.rates.intro")}</p>
      {rows.some((row) => row.responded < threshold) ? (
        <p class="notice" role="status">
          {t("measure.rates.notice", { n: threshold })}
        </p>
      ) : null}
      <OverfullNotice t={t} audiences={props.audiences} />
      <DataTable
        t={t}
        caption={t("measure.rates.caption")}
        rows={rows}
        rowClass={(row) => (row.total ? "total-row" : undefined)}
        columns={[
          { label: t("measure.rates.audience"), cell: (row) => row.label },
          { label: t("measure.rates.invited"), cell: invited },
          { label: t("measure.rates.responded"), cell: (row) => row.responded },
          {
            label: t("measure.rates.state"),
            cell: (row) =>
              row.responded >= threshold ? t("measure.rates.enough") : t("measure.rates.below", { n: threshold }),
          },
        ]}
      />
    </Section>
  );
}
