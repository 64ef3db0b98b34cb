/** A post's history (every version, for staff), its translation form, and the newsletter suggestions. */
import { formatMoment } from "../../../lib/time/format.js";
import { ErrorSummary, Field, Form, formFields, TextArea } from "../../../web/components/forms.js";
import { RichText } from "../../../web/components/rich-text.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { MAX_REASON, MAX_SUGGESTION, POST_LOCALE } from "../schemas.js";
import type { Version } from "../service/reads.js";
import type { SuggestionView } from "../service/suggestions.js";
import { TitleAndBody } from "./post-form.js";
import { postPath, type NewsBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";
import { partLang } from "../../../web/part-language.js";

export function HistoryPage({
  t,
  locale,
  postId,
  title,
  versions,
}: NewsBase & { postId: string; title: string; versions: Version[] }) {
  return (
    <section>
      <BackLink href={postPath(postId)} label={t("news.backToPost")} />
      <h1>{t("news.history.title", { title })}</h1>
      <ol class="cards" reversed>
        {versions.map((v) => (
          <li class="card" id={`version-${v.version}`}>
            <h2>{t("news.history.version", { n: v.version, title: v.title })}</h2>
            <p class="muted">
              {formatMoment(locale, v.writtenAt)}
              {v.writtenBy ? ` · ${v.writtenBy}` : null}
            </p>
            <RichText source={v.body} lang={partLang(POST_LOCALE, locale)} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export interface TranslationPageProps extends NewsBase {
  postId: string;
  language: string;
  locale: NewsBase["locale"];
  target: string;
  original: { title: string; body: string };
  values: FormValues;
  errors: FormErrors;
}

export function TranslationPage(props: TranslationPageProps) {
  const { t, values, errors } = props;
  const lang = partLang(POST_LOCALE, props.locale);
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <BackLink href={postPath(props.postId)} label={t("news.backToPost")} />
      <h1>{t("news.translation.title", { language: props.language })}</h1>
      <ErrorSummary t={t} errors={errors} />
      <details>
        <summary>{t("news.translation.original")}</summary>
        <h2 lang={lang}>{props.original.title}</h2>
        <RichText source={props.original.body} lang={lang} />
      </details>
      <Form action={`${postPath(props.postId)}/translation`} csrf={props.csrf}>
        <input type="hidden" name="locale" value={props.target} />
        <TitleAndBody t={t} field={field} />
        <button type="submit">{t("news.translation.submit")}</button>
      </Form>
    </section>
  );
}

export interface SuggestionsPageProps extends NewsBase {
  manager: boolean;
  parent: boolean;
  suggestions: SuggestionView[];
  values: FormValues;
  errors: FormErrors;
  /** The suggestion whose decline form came back with an error. */
  declining?: string | undefined;
}

function Suggestion(props: SuggestionsPageProps & { suggestion: SuggestionView }) {
  const { t, locale, csrf, suggestion: s } = props;
  const errors = props.declining === s.id ? props.errors : {};
  return (
    <li class="card" id={`suggestion-${s.id}`}>
      <h3>{s.title}</h3>
      <p class="muted">
        {formatMoment(locale, s.createdAt)}
        {s.author ? ` · ${s.author}` : null} · {t(`news.suggestion.status.${s.status}`)}
      </p>
      <p class="written-text">{s.body}</p>
      {s.status === "declined" && s.declineReason ? (
        <p class="notice">{t("news.suggestion.declinedBecause", { reason: s.declineReason })}</p>
      ) : null}
      {s.status === "accepted" && s.postId && props.manager ? (
        <p>
          <a href={postPath(s.postId)}>{t("news.suggestion.toPost")}</a>
        </p>
      ) : null}
      {props.manager && s.status === "open" ? (
        <div class="actions">
          <Form action={`/news/suggestions/${s.id}/accept`} csrf={csrf}>
            <button type="submit">{t("news.suggestion.accept")}</button>
          </Form>
          <Form action={`/news/suggestions/${s.id}/decline`} csrf={csrf}>
            <TextArea
              {...formFields({}, errors)("reason")}
              label={t("news.suggestion.declineReason")}
              maxlength={MAX_REASON}
            />
            <button type="submit" class="secondary">
              {t("news.suggestion.decline")}
            </button>
          </Form>
        </div>
      ) : null}
    </li>
  );
}

export function SuggestionsPage(props: SuggestionsPageProps) {
  const { t } = props;
  const field = formFields(props.declining ? {} : props.values, props.declining ? {} : props.errors);
  return (
    <section>
      <BackLink href="/news" label={t("news.back")} />
      <h1>{t("news.suggestions.title")}</h1>
      {props.parent ? (
        <Section id="suggest-title" title={t("news.suggest.title")} class="narrow">
          <p>{t("news.suggest.lead")}</p>
          <Form action="/news/suggestions" csrf={props.csrf}>
            <Field {...field("title")} label={t("news.form.title")} required />
            <TextArea {...field("body")} label={t("news.suggest.body")} maxlength={MAX_SUGGESTION} rows={6} />
            <button type="submit">{t("news.suggest.submit")}</button>
          </Form>
        </Section>
      ) : null}
      <h2>{t(props.manager ? "news.suggestions.received" : "news.suggestions.yours")}</h2>
      {props.suggestions.length === 0 ? <p>{t("news.suggestions.none")}</p> : null}
      <ul class="cards">
        {props.suggestions.map((suggestion) => (
          <Suggestion {...props} suggestion={suggestion} />
        ))}
      </ul>
    </section>
  );
}
