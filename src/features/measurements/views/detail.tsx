/**
 * One measurement for staff: its period, the response rates per group (counts only), and for those who
 * run it the open links, reminders, closing and deleting (an advisor reads the rest).
 */
import { Form } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { AudienceRate, MeasurementDetail } from "../service/queries.js";
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
  // Every class has an open link, unless it was closed; the team answers by mail only.
  const classes = m.audiences.filter((a) => a.group !== "team");
  return (
    <>
      {classes.length && m.status !== "closed" ? (
        <Section id="links-title" title={t("measure.links.title")}>
          <p>{t("measure.links.intro")}</p>
          <p>{t("measure.links.control")}</p>
          <DataTable
            t={t}
            caption={t("measure.links.caption")}
            stack
            rows={classes}
            columns={[
              { label: t("measure.rates.audience"), cell: (a) => audienceLabel(t, a) },
              {
                label: t("measure.links.link"),
                cell: (a) => (a.openToken ? `${publicUrl}/m/open/${a.openToken}` : t("measure.links.closedLink")),
                cellClass: (a) => (a.openToken ? "open-link" : undefined),
              },
              {
                label: t("measure.links.change"),
                cell: (a) => <LinkChanges t={t} csrf={csrf} base={base} audience={a} />,
              },
            ]}
          />
          {classes.some((a) => a.openToken) ? <PrintLink t={t} base={base} /> : null}
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

/** Close or renew a class's open link (each after a confirmation), or give a closed one a new link. */
function LinkChanges(props: { t: Translate; csrf: string; base: string; audience: AudienceRate }) {
  const { t, csrf, base, audience } = props;
  if (!audience.openToken) {
    return (
      <Form action={`${base}/open-links/renew`} csrf={csrf}>
        <input type="hidden" name="audience" value={audience.id} />
        <button type="submit" class="secondary">
          {t("measure.links.open.button")}
        </button>
      </Form>
    );
  }
  return (
    <>
      <a href={`${base}/open-links/close?audience=${audience.id}`}>{t("measure.links.close.link")}</a>{" "}
      <a href={`${base}/open-links/renew?audience=${audience.id}`}>{t("measure.links.renew.link")}</a>
    </>
  );
}

/** A closed measurement's counts are final, whether or not the job ever ran (a seeded one never does). */
function invitationState(m: MeasurementDetail): InvitationState {
  if (m.invitationsMadeAt !== null || m.status === "closed") return "made";
  return m.status === "scheduled" ? "atOpening" : "sending";
}
