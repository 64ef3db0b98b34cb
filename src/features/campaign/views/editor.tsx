/** The editors' pages: the campaign's text and news, the queue of stories; the administrator's list of editors. */
import { DataTable } from "../../../web/components/data-table.js";
import { ErrorSummary, Field, Form, formFields, TextArea } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { formDateTime } from "./format.js";
import type { NewsItem } from "../service/content.js";
import type { WaitingStory } from "../service/stories.js";
import type { Editor } from "../service/editors.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";

export interface EditorPageProps {
  t: Translate;
  locale: Locale;
  csrf: string;
  texts: Record<Locale, string>;
  news: NewsItem[];
  queue: WaitingStory[];
  /** The form that was sent and refused: its values and errors. */
  form?: { name: "text-nl" | "text-en" | "news" | `reject-${string}`; values: FormValues; errors: FormErrors };
}

export function EditorPage(props: EditorPageProps) {
  const { t, csrf } = props;
  const sent = (name: string): { values: FormValues; errors: FormErrors } =>
    props.form?.name === name ? props.form : { values: {}, errors: {} };
  const news = sent("news");
  const newsField = formFields(news.values, news.errors);
  return (
    <>
      <h1>{t("campaign.editor.title")}</h1>
      <p>
        <a href="/campagne">{t("campaign.title")}</a>
      </p>
      <Section id="queue-title" title={t("campaign.queue.title")}>
        {props.queue.length === 0 ? <p>{t("campaign.queue.none")}</p> : null}
        {props.queue.map((story) => {
          const reject = sent(`reject-${story.id}`);
          return (
            <article class="campaign-queue-item">
              <h3>{story.title}</h3>
              <p class="hint">
                {t(`campaign.kind.${story.kind}`)} · {t(`campaign.theme.${story.theme}`)} ·{" "}
                {t("campaign.stories.by", { name: story.signedAs })} ·{" "}
                {t("campaign.queue.sentOn", { date: formDateTime(props.locale, story.createdAt) })}
              </p>
              <p class="campaign-paragraph">{story.body}</p>
              <ButtonForm
                action={`/campagne/redactie/verhalen/${story.id}/plaatsen`}
                csrf={csrf}
                label={t("campaign.queue.approve")}
              />
              <Form action={`/campagne/redactie/verhalen/${story.id}/afwijzen`} csrf={csrf}>
                <ErrorSummary t={t} errors={reject.errors} />
                <TextArea
                  name={`reason-${story.id}`}
                  label={t("campaign.queue.reason")}
                  value={reject.values.reason}
                  error={reject.errors.reason}
                  maxlength={500}
                />
                <button type="submit" class="secondary">
                  {t("campaign.queue.reject")}
                </button>
              </Form>
            </article>
          );
        })}
      </Section>
      <Section id="text-title" title={t("campaign.editor.text")}>
        {(["nl", "en"] as const).map((locale) => {
          const text = sent(`text-${locale}`);
          return (
            <Form action="/campagne/redactie/tekst" csrf={csrf}>
              <ErrorSummary t={t} errors={text.errors} />
              <input type="hidden" name="locale" value={locale} />
              <TextArea
                name={`body-${locale}`}
                label={t(`campaign.editor.textLocale.${locale}`)}
                hint={t("campaign.editor.textHint")}
                value={text.values.body ?? props.texts[locale]}
                error={text.errors.body}
                maxlength={20000}
                rows={16}
              />
              <button type="submit">{t("campaign.editor.save")}</button>
            </Form>
          );
        })}
      </Section>
      <Section id="news-title" title={t("campaign.editor.news")}>
        <Form action="/campagne/redactie/nieuws" csrf={csrf}>
          <ErrorSummary t={t} errors={news.errors} />
          <Field {...newsField("title")} label={t("campaign.editor.newsTitle")} required />
          <TextArea
            {...newsField("body")}
            label={t("campaign.editor.newsBody")}
            hint={t("campaign.editor.textHint")}
            maxlength={20000}
            rows={8}
          />
          <button type="submit">{t("campaign.editor.newsPost")}</button>
        </Form>
        <DataTable
          t={t}
          caption={t("campaign.editor.newsList")}
          rows={props.news}
          columns={[
            { label: t("campaign.editor.newsTitle"), cell: (item) => item.title },
            {
              label: t("campaign.editor.newsPublishedAt"),
              cell: (item) => formDateTime(props.locale, item.publishedAt),
            },
            {
              label: <span class="visually-hidden">{t("campaign.editor.newsDelete")}</span>,
              // A link to the question "Weet u het zeker?", which posts the deletion only when confirmed.
              cell: (item) => (
                <a class="button secondary" href={`/campagne/redactie/nieuws/${item.id}/verwijderen`}>
                  {t("campaign.editor.newsDelete")}
                </a>
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}

export function EditorsPage(props: {
  t: Translate;
  csrf: string;
  editors: Editor[];
  values: FormValues;
  errors: FormErrors;
}) {
  const { t, csrf } = props;
  const field = formFields(props.values, props.errors);
  return (
    <>
      <h1>{t("campaign.editors.title")}</h1>
      <p>{t("campaign.editors.intro")}</p>
      <DataTable
        t={t}
        caption={t("campaign.editors.caption")}
        empty={t("campaign.editors.none")}
        rows={props.editors}
        columns={[
          { label: t("campaign.editors.name"), cell: (e) => e.name },
          { label: t("campaign.editors.email"), cell: (e) => e.email },
          {
            label: <span class="visually-hidden">{t("campaign.editors.remove")}</span>,
            cell: (e) => (
              <ButtonForm
                action={`/admin/editors/${e.id}/remove`}
                csrf={csrf}
                class="secondary"
                label={t("campaign.editors.remove")}
              />
            ),
          },
        ]}
      />
      <section class="narrow" aria-labelledby="add-title">
        <h2 id="add-title">{t("campaign.editors.add")}</h2>
        <ErrorSummary t={t} errors={props.errors} />
        <Form action="/admin/editors" csrf={csrf}>
          <Field {...field("email")} type="email" label={t("campaign.editors.addEmail")} required inputmode="email" />
          <button type="submit">{t("campaign.editors.addSubmit")}</button>
        </Form>
      </section>
    </>
  );
}
