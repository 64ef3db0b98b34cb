/**
 * The year's expectations. Parents read the published text, confirm it and respond; staff see
 * the published text, the draft, the shares per group and the responses, and the school leader
 * and coordinator write, publish and answer. Plain forms: it works without JavaScript.
 */
import { ErrorSummary, Form, TextArea } from "../../../web/components/forms.js";
import { DataTable } from "../../../web/components/data-table.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { PageProps } from "../../../web/page-props.js";
import type { FormState } from "../../../web/validation.js";
import { formatMoment } from "../../../lib/time/format.js";
import { MAX_DOCUMENT, MAX_RESPONSE } from "../schemas.js";
import type { Response, Version, YearView } from "../service/reads.js";
import { Problem } from "../../../web/components/problem.js";
import { Section } from "../../../web/components/section.js";

export { emptyForm, type FormState } from "../../../web/validation.js";

export interface YearPageProps extends PageProps {
  view: YearView;
  staff: boolean;
  writes: boolean;
  confirms: boolean;
  /** The document form (writers), the response form (parents) or an answer form, with errors. */
  form: FormState;
  /** Which response an answer form's errors belong to. */
  answering?: string | undefined;
  /** A refusal in the viewer's language. */
  problem?: string | undefined;
}

const base = (props: YearPageProps) => `/expectations/${props.view.year.id}`;

/** The document's two parts, each with its heading: what the school does, what it asks of parents. */
const documentParts = ["ofSchool", "ofParents"] as const;

function Text({ t, version }: { t: Translate; version: Version }) {
  return (
    <>
      {documentParts.map((part) => (
        <>
          <h3>{t(`expectations.${part}`)}</h3>
          <p class="written-text">{version[part]}</p>
        </>
      ))}
    </>
  );
}

function Published(props: YearPageProps) {
  const { t, locale, view } = props;
  if (!view.published) return <p>{t(props.staff ? "expectations.notPublishedStaff" : "expectations.notPublished")}</p>;
  return (
    <Section id="published-title" title={t("expectations.published.title")}>
      <p class="hint">
        {t("expectations.published.meta", {
          version: view.published.version,
          date: formatMoment(locale, view.published.publishedAt),
        })}
      </p>
      <Text t={t} version={view.published} />
      {props.confirms ? <Confirm {...props} /> : null}
    </Section>
  );
}

function Confirm(props: YearPageProps) {
  const { t, locale, view } = props;
  if (view.confirmedAt)
    return <p class="notice">{t("expectations.confirmed", { date: formatMoment(locale, view.confirmedAt) })}</p>;
  return (
    <Form action={`${base(props)}/confirm`} csrf={props.csrf}>
      <p>{t("expectations.confirm.lead")}</p>
      <button type="submit">{t("expectations.confirm.submit")}</button>
    </Form>
  );
}

function Writing(props: YearPageProps) {
  const { t, view, form } = props;
  const latest = view.versions[0];
  const values = props.answering ? {} : form.values;
  const errors = props.answering ? {} : form.errors;
  return (
    <Section id="write-title" title={t(latest ? "expectations.write.title" : "expectations.write.first")}>
      {latest ? null : <p>{t("expectations.write.starterHint")}</p>}
      {view.draft ? <p class="notice">{t("expectations.draft.waiting", { version: view.draft.version })}</p> : null}
      <ErrorSummary t={t} errors={errors} />
      <Form action={base(props)} csrf={props.csrf}>
        {documentParts.map((part) => (
          <TextArea
            name={part}
            label={t(`expectations.${part}`)}
            value={values[part] ?? latest?.[part] ?? t(`expectations.starter.${part}`)}
            error={errors[part]}
            maxlength={MAX_DOCUMENT}
            rows={10}
          />
        ))}
        <button type="submit" class="secondary">
          {t("expectations.write.submit")}
        </button>
      </Form>
      {view.draft ? (
        <Form action={`${base(props)}/publish`} csrf={props.csrf}>
          <p>{t("expectations.publish.lead")}</p>
          <button type="submit">{t("expectations.publish.submit", { version: view.draft.version })}</button>
        </Form>
      ) : null}
    </Section>
  );
}

function Versions({ t, locale, view }: YearPageProps) {
  if (!view.versions.length) return null;
  return (
    <Section id="versions-title" title={t("expectations.versions.title")}>
      <ul>
        {view.versions.map((v) => (
          <li>
            {t("expectations.versions.item", {
              version: v.version,
              date: formatMoment(locale, v.writtenAt),
              name: v.writtenBy ?? t("expectations.someone"),
            })}
            {v.version === view.published?.version ? ` · ${t("expectations.versions.published")}` : ""}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function SharesTable({ t, view }: YearPageProps) {
  const shares = view.shares;
  if (!shares) return null;
  const percent = (value: number | null) => (value === null ? t("expectations.shares.hidden") : `${value}%`);
  return (
    <Section id="shares-title" title={t("expectations.shares.title")}>
      <p class="hint">{t("expectations.shares.hint")}</p>
      <DataTable
        t={t}
        caption={t("expectations.shares.caption")}
        rows={[...shares.groups, { name: t("expectations.shares.total"), ...shares.total }]}
        columns={[
          { label: t("expectations.shares.group"), cell: (row) => row.name },
          { label: t("expectations.shares.parents"), cell: (row) => row.people },
          { label: t("expectations.shares.confirmed"), cell: (row) => percent(row.percent) },
        ]}
      />
    </Section>
  );
}

function ResponseItem(props: YearPageProps & { response: Response }) {
  const { t, locale, response, form } = props;
  const mine = props.answering === response.id;
  return (
    <li class="card" id={`response-${response.id}`}>
      <p class="hint">
        {props.staff ? `${response.author ?? t("expectations.someone")} · ` : ""}
        {formatMoment(locale, response.createdAt)}
      </p>
      <p class="written-text">{response.body}</p>
      {response.answer && response.answeredAt ? (
        <>
          <p class="hint">{t("expectations.answer.from", { date: formatMoment(locale, response.answeredAt) })}</p>
          <p class="written-text">{response.answer}</p>
        </>
      ) : null}
      {props.writes && !props.view.year.archived ? (
        <Form action={`${base(props)}/responses/${response.id}/answer`} csrf={props.csrf}>
          <TextArea
            name="answer"
            label={t(response.answer ? "expectations.answer.change" : "expectations.answer.label")}
            value={mine ? form.values.answer : (response.answer ?? "")}
            error={mine ? form.errors.answer : undefined}
            maxlength={MAX_RESPONSE}
          />
          <button type="submit" class="secondary">
            {t("expectations.answer.submit")}
          </button>
        </Form>
      ) : null}
    </li>
  );
}

function Responses(props: YearPageProps) {
  const { t, view, form } = props;
  const respond = props.confirms && view.published;
  if (!respond && !props.staff) return null;
  const errors = props.staff ? {} : form.errors;
  return (
    <Section
      id="responses-title"
      title={t(props.staff ? "expectations.responses.title" : "expectations.responses.mine")}
    >
      {view.responses.length ? (
        <ul class="cards">
          {view.responses.map((response) => (
            <ResponseItem {...props} response={response} />
          ))}
        </ul>
      ) : props.staff ? (
        <p>{t("expectations.responses.none")}</p>
      ) : null}
      {respond ? (
        <Form action={`${base(props)}/responses`} csrf={props.csrf}>
          <ErrorSummary t={t} errors={errors} />
          <TextArea
            name="body"
            label={t("expectations.respond.label")}
            hint={t("expectations.respond.hint")}
            value={props.staff ? "" : form.values.body}
            error={errors.body}
            maxlength={MAX_RESPONSE}
          />
          <button type="submit" class="secondary">
            {t("expectations.respond.submit")}
          </button>
        </Form>
      ) : null}
    </Section>
  );
}

function OtherYears({ t, view }: YearPageProps) {
  const others = view.years.filter((y) => y.id !== view.year.id);
  if (!others.length) return null;
  return (
    <nav aria-labelledby="years-title">
      <h2 id="years-title">{t("expectations.years.title")}</h2>
      <ul>
        {others.map((y) => (
          <li>
            <a href={`/expectations/${y.id}`}>{y.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function YearPage(props: YearPageProps) {
  const { t, view } = props;
  return (
    <>
      <h1>{t("expectations.heading", { year: view.year.name })}</h1>
      <p class="lead">{t("expectations.intro")}</p>
      {view.year.archived ? <p class="notice">{t("expectations.archived")}</p> : null}
      <Problem message={props.problem} />
      <Published {...props} />
      {props.writes && !view.year.archived ? <Writing {...props} /> : null}
      <SharesTable {...props} />
      <Responses {...props} />
      {props.staff ? <Versions {...props} /> : null}
      <OtherYears {...props} />
    </>
  );
}

export function NoYearPage({ t }: { t: Translate }) {
  return (
    <>
      <h1>{t("expectations.title")}</h1>
      <p>{t("expectations.noYear")}</p>
    </>
  );
}
