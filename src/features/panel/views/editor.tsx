/** The editors' pages: the panel's surveys, a new survey with its questions and sample, and one survey's state. */
import { DataTable } from "../../../web/components/data-table.js";
import { ErrorSummary, Field, Form, formFields, TextArea } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { provinces, schoolTypes } from "../domain/profile.js";
import type { PanelSurvey, StratumRate } from "../service/surveys.js";
import { provinceName } from "../../../lib/provinces/index.js";
import { schoolTypeName } from "../domain/profile.js";
import { CheckboxGroup } from "../../../web/components/checkbox-group.js";
import { BackLink } from "../../../web/components/back-link.js";

const statusKey = {
  draft: "panel.status.draft",
  open: "panel.status.open",
  closed: "panel.status.closed",
  published: "panel.status.published",
} as const;

export function statusName(t: Translate, status: string) {
  return t(statusKey[status as keyof typeof statusKey]);
}

export function SurveysPage(props: { t: Translate; locale: Locale; surveys: PanelSurvey[]; members: number }) {
  const { t, locale } = props;
  return (
    <section>
      <h1>{t("panel.admin.title")}</h1>
      <p>{t("panel.admin.members", { n: props.members })}</p>
      <p>
        <a class="button" href="/panel/beheer/nieuw">
          {t("panel.admin.new")}
        </a>
      </p>
      <DataTable
        t={t}
        caption={t("panel.admin.surveys")}
        rows={props.surveys}
        empty={t("panel.admin.none")}
        columns={[
          { label: t("panel.admin.surveyTitle"), cell: (s) => <a href={`/panel/beheer/${s.id}`}>{s.title[locale]}</a> },
          { label: t("panel.admin.status"), cell: (s) => statusName(t, s.status) },
        ]}
      />
    </section>
  );
}

export function NewSurveyPage(props: {
  t: Translate;
  csrf: string;
  values: FormValues;
  chosen: Record<string, string[]>;
  errors: FormErrors;
}) {
  const { t } = props;
  const field = formFields(props.values, props.errors);
  return (
    <section class="narrow">
      <h1>{t("panel.admin.new")}</h1>
      <ErrorSummary t={t} errors={props.errors} />
      <Form action="/panel/beheer/nieuw" csrf={props.csrf}>
        <Field {...field("titleNl")} label={t("panel.admin.titleNl")} />
        <Field {...field("titleEn")} label={t("panel.admin.titleEn")} />
        <TextArea {...field("introNl")} label={t("panel.admin.introNl")} maxlength={1000} />
        <TextArea {...field("introEn")} label={t("panel.admin.introEn")} maxlength={1000} />
        <TextArea
          {...field("questionsNl")}
          label={t("panel.admin.questionsNl")}
          hint={t("panel.admin.questionsHint")}
          maxlength={8000}
          rows={8}
        />
        <TextArea {...field("questionsEn")} label={t("panel.admin.questionsEn")} maxlength={8000} rows={8} />
        <h2>{t("panel.admin.sample")}</h2>
        <p class="hint">{t("panel.admin.sampleHint")}</p>
        <CheckboxGroup
          legend={t("panel.admin.provinces")}
          name="provinces"
          options={provinces.map((p) => ({ value: p, label: provinceName(t, p) }))}
          checked={props.chosen["provinces"] ?? []}
        />
        <CheckboxGroup
          legend={t("panel.admin.schoolTypes")}
          name="schoolTypes"
          options={schoolTypes.map((s) => ({ value: s, label: schoolTypeName(t, s) }))}
          checked={props.chosen["schoolTypes"] ?? []}
        />
        <Field
          {...field("perStratum")}
          label={t("panel.admin.perStratum")}
          hint={t("panel.admin.perStratumHint")}
          inputmode="numeric"
        />
        <Field
          {...field("threshold", "5")}
          label={t("panel.admin.threshold")}
          hint={t("panel.admin.thresholdHint")}
          inputmode="numeric"
        />
        <button type="submit" class="button">
          {t("panel.admin.create")}
        </button>
      </Form>
    </section>
  );
}

export function SurveyPage(props: {
  t: Translate;
  locale: Locale;
  csrf: string;
  survey: PanelSurvey;
  rates: { invited: number; responded: number; strata: StratumRate[] };
  error?: string | undefined;
}) {
  const { t, locale, survey, rates, csrf } = props;
  const percent = (share: number) =>
    new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
  return (
    <section>
      <BackLink href="/panel/beheer" label={t("panel.admin.title")} />
      <h1>{survey.title[locale]}</h1>
      <p>
        {t("panel.admin.status")}: {statusName(t, survey.status)}
      </p>
      {props.error ? (
        <p class="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <h2>{t("panel.admin.questions")}</h2>
      <ol>
        {survey.questions.map((q) => (
          <li>{q.text[locale]}</li>
        ))}
      </ol>
      {survey.status === "draft" ? (
        <Form action={`/panel/beheer/${survey.id}/openen`} csrf={csrf}>
          <button type="submit" class="button">
            {t("panel.admin.open")}
          </button>
        </Form>
      ) : null}
      {survey.status !== "draft" ? (
        <>
          <h2>{t("panel.admin.rates")}</h2>
          <p>{t("panel.admin.ratesTotal", { responded: rates.responded, invited: rates.invited })}</p>
          <DataTable
            t={t}
            caption={t("panel.admin.ratesCaption", { threshold: survey.threshold })}
            rows={rates.strata}
            columns={[
              {
                label: t("panel.admin.stratum"),
                cell: (s) => `${provinceName(t, s.province)} · ${schoolTypeName(t, s.schoolType)}`,
              },
              { label: t("panel.admin.invited"), cell: (s) => String(s.invited) },
              {
                label: t("panel.admin.share"),
                cell: (s) =>
                  s.share === null ? t("panel.admin.tooFew", { threshold: survey.threshold }) : percent(s.share),
              },
            ]}
          />
        </>
      ) : null}
      {survey.status === "open" ? (
        <div class="actions">
          <Form action={`/panel/beheer/${survey.id}/herinneren`} csrf={csrf}>
            <button type="submit" class="button secondary">
              {t("panel.admin.remind")}
            </button>
          </Form>
          <Form action={`/panel/beheer/${survey.id}/sluiten`} csrf={csrf}>
            <button type="submit" class="button">
              {t("panel.admin.close")}
            </button>
          </Form>
        </div>
      ) : null}
      {survey.status === "closed" ? (
        <Form action={`/panel/beheer/${survey.id}/publiceren`} csrf={csrf}>
          <Field
            name="year"
            value={String(new Date().getFullYear())}
            label={t("panel.admin.year")}
            inputmode="numeric"
          />
          <button type="submit" class="button">
            {t("panel.admin.publish")}
          </button>
        </Form>
      ) : null}
      {survey.status === "published" ? (
        <p>
          <a href={`/panel/rapporten/${survey.id}`}>{t("panel.admin.viewReport")}</a>
        </p>
      ) : null}
    </section>
  );
}
