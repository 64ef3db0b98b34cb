/**
 * What a feature embeds: the form to report content (for anyone who can see it but its writer),
 * and the staff's queue of reported content, each linked to where it can be hidden, with a
 * button to keep it and close its reports. Props in, HTML out.
 */
import { formatDay } from "../lib/time/format.js";
import { DataTable } from "../web/components/data-table.js";
import { Form, formFields, TextArea } from "../web/components/forms.js";
import type { Locale, Translate } from "../web/i18n/index.js";
import type { FormErrors, FormValues } from "../web/validation.js";
import { MAX_REPORT_REASON } from "./schemas.js";
import type { QueueItem } from "./service.js";

export interface ReportFormProps {
  t: Translate;
  csrf: string;
  action: string;
  values?: FormValues;
  errors?: FormErrors;
  /** Its fields' ids, apart from the page's other forms (a hide form also asks a reason): one per report form on the page. */
  ids?: string;
}

/** In a <details>, so it takes one line until someone opens it; open when it came back with an error. */
export function ReportForm({ t, csrf, action, values = {}, errors = {}, ids = "report" }: ReportFormProps) {
  const field = formFields(values, errors);
  return (
    <details class="report" open={Object.keys(errors).length > 0}>
      <summary>{t("moderation.report.title")}</summary>
      <Form action={action} csrf={csrf} ids={ids}>
        <TextArea
          {...field("reason")}
          label={t("moderation.report.reason")}
          hint={t("moderation.report.reason.hint")}
          maxlength={MAX_REPORT_REASON}
        />
        <button type="submit" class="secondary">
          {t("moderation.report.submit")}
        </button>
      </Form>
    </details>
  );
}

/** A reported item as the feature describes it: a short text, where to see and hide it, where "keep" posts. */
export interface QueueRow extends QueueItem {
  excerpt: string;
  href: string;
  keepAction: string;
}

export function ModerationQueue({
  t,
  locale,
  csrf,
  rows,
}: {
  t: Translate;
  locale: Locale;
  csrf: string;
  rows: QueueRow[];
}) {
  return (
    <section aria-labelledby="moderation-queue">
      <h2 id="moderation-queue">{t("moderation.queue.title")}</h2>
      <DataTable
        t={t}
        caption={t("moderation.queue.title")}
        rows={rows}
        empty={t("moderation.queue.empty")}
        columns={[
          { label: t("moderation.queue.content"), cell: (row) => <a href={row.href}>{row.excerpt}</a> },
          { label: t("moderation.queue.reports"), cell: (row) => row.reports },
          {
            label: t("moderation.queue.reasons"),
            cell: (row) => (
              <ul>
                {row.reasons.map((reason) => (
                  <li>{reason}</li>
                ))}
              </ul>
            ),
          },
          { label: t("moderation.queue.since"), cell: (row) => formatDay(locale, row.firstAt) },
          {
            label: t("moderation.queue.action"),
            cell: (row) => (
              <Form action={row.keepAction} csrf={csrf}>
                <button type="submit" class="secondary">
                  {t("moderation.queue.keep")}
                </button>
              </Form>
            ),
          },
        ]}
      />
    </section>
  );
}
