/**
 * One measurement for staff: its period, the response rates per group (counts only), and for those who
 * run it the open links, reminders, closing and deleting (an advisor reads the rest).
 */
import { Form } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { MeasurementDetail } from "../service/queries.js";
import type { ReminderState } from "../service/reminders.js";
import { DeleteSection, PrintLink, RemindSection } from "./detail-actions.js";
import { audienceLabel, periodLabel } from "./labels.js";
import { Rates, type InvitationState } from "./rates.js";
import { DataTable } from "../../../web/components/data-table.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";
import { Detail } from "../../../web/components/detail.js";

interface DetailProps {
  t: Translate;
  locale: Locale;
  csrf: string;
  measurement: MeasurementDetail;
  /** False for an advisor: no open links (they would let them answer) and no actions. */
  runs: boolean;
  /** While open: how many a reminder would reach. */
  reminders: ReminderState | null;
  publicUrl: string;
  /** How many made-up responses the demo button adds; null outside development. */
  simulate: number | null;
}

export function DetailPage(props: DetailProps) {
  const { t, locale, measurement: m } = props;
  const base = `/organisation/measurements/${m.id}`;
  return (
    <>
      <BackLink href="/organisation/measurements" label={t("measure.back")} />
      <h1>{m.title}</h1>
      <dl class="details">
        <Detail term={t("measure.col.kind")}>{t(`measure.kind.${m.kind}`)}</Detail>
        <Detail term={t("measure.col.period")}>{periodLabel(t, locale, m)}</Detail>
        <Detail term={t("measure.col.status")}>{t(`measure.status.${m.status}`)}</Detail>
      </dl>
      <p>{t("measure.detail.threshold", { n: m.threshold })}</p>
      {m.status === "closed" ? (
        <p>
          <a class="button" href={`${base}/results`}>
            {t("measure.results.link")}
          </a>
        </p>
      ) : null}
      <Rates
        t={t}
        audiences={m.audiences}
        threshold={m.threshold}
        closed={m.status === "closed"}
        invitations={invitationState(m)}
      />
      {props.runs ? <Actions {...props} base={base} /> : null}
    </>
  );
}

function Actions({ t, csrf, measurement: m, reminders, publicUrl, simulate, base }: DetailProps & { base: string }) {
  const withLinks = m.audiences.filter((a) => a.openToken);
  return (
    <>
      {withLinks.length && m.status !== "closed" ? (
        <Section id="links-title" title={t("measure.links.title")}>
          <p>{t("measure.links.intro")}</p>
          <DataTable
            t={t}
            caption={t("measure.links.caption")}
            rows={withLinks}
            columns={[
              { label: t("measure.rates.audience"), cell: (a) => audienceLabel(t, a) },
              {
                label: t("measure.links.link"),
                cell: (a) => `${publicUrl}/m/open/${a.openToken}`,
                cellClass: () => "open-link",
              },
            ]}
          />
          <PrintLink t={t} base={base} />
        </Section>
      ) : null}
      {reminders ? <RemindSection t={t} base={base} state={reminders} invited={invitationState(m) === "made"} /> : null}
      {m.status !== "closed" && simulate ? (
        <Section id="simulate-title" title={t("measure.simulate.title")}>
          <p>{t("measure.simulate.intro")}</p>
          <Form action={`${base}/simulate`} csrf={csrf}>
            <button type="submit" class="secondary">
              {t("measure.simulate.button", { n: simulate })}
            </button>
          </Form>
        </Section>
      ) : null}
      {m.status !== "closed" ? (
        <Section id="close-title" title={t("measure.close.title")}>
          <p>{t("measure.close.intro")}</p>
          <a class="button" href={`${base}/close`}>
            {t("measure.close.button")}
          </a>
        </Section>
      ) : null}
      <DeleteSection t={t} base={base} />
    </>
  );
}

/** A closed measurement's counts are final, whether or not the job ever ran (a seeded one never does). */
function invitationState(m: MeasurementDetail): InvitationState {
  if (m.invitationsMadeAt !== null || m.status === "closed") return "made";
  return m.status === "scheduled" ? "atOpening" : "sending";
}
