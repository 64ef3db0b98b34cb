/**
 * Staff's search of what parents offer (only parents who agreed to be found), and the request for
 * help sent to the parents ticked among those found. The search is a GET form, so a result can be
 * bookmarked; the request is a POST.
 */
import { formatDay } from "../../../lib/time/format.js";
import { ErrorSummary, Field, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { LANGUAGE_CODES, languageName } from "../domain/languages.js";
import type { SearchInput } from "../schemas.js";
import type { ParentCard } from "../service/directory.js";
import { ParentCardView } from "./parent-card.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

export interface SearchPageData {
  input: SearchInput;
  /** A refused search: the fields as sent, and what is wrong with them. */
  sent: FormValues;
  errors: FormErrors;
  searched: boolean;
  found: ParentCard[];
  tags: string[];
  requests: { id: string; body: string; createdAt: Date; asked: number; yes: number }[];
}

export function SearchPage({
  t,
  locale,
  csrf,
  data,
  request,
}: PageBase & { data: SearchPageData; request: { values: FormValues; errors: FormErrors; ticked: string[] } }) {
  const { input } = data;
  const field = formFields(request.values, request.errors);
  const searchField = formFields(data.sent, data.errors);
  // A filter left at "any" searches all parents.
  const anyOr = (options: { value: string; label: string }[]) => [
    { value: "", label: t("network.search.any") },
    ...options,
  ];
  return (
    <>
      <BackLink href="/network" label={t("network.back")} />
      <h1>{t("network.search.title")}</h1>
      <p>{t("network.search.intro")}</p>
      <ErrorSummary t={t} errors={data.errors} />
      <form method="get" action="/network/search" role="search">
        <Field {...searchField("q", input.q)} label={t("network.search.q")} hint={t("network.search.qHint")} />
        <Select
          {...searchField("tag", input.tag)}
          label={t("network.search.tag")}
          options={anyOr(data.tags.map((tag) => ({ value: tag, label: tag })))}
        />
        <Select
          {...searchField("language", input.language)}
          label={t("network.search.language")}
          options={anyOr(LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(locale, code) })))}
        />
        <button type="submit">{t("network.search.submit")}</button>
      </form>
      {data.searched ? (
        <Section id="found-title" title={t("network.search.found", { count: data.found.length })}>
          {data.found.length ? (
            <Form action="/network/requests" csrf={csrf}>
              <input type="hidden" name="q" value={input.q} />
              <input type="hidden" name="tag" value={input.tag} />
              <input type="hidden" name="language" value={input.language} />
              <ErrorSummary t={t} errors={request.errors} />
              <FieldsetShell
                name="parents"
                id="field-parents"
                legend={t("network.search.choose")}
                error={request.errors.parents}
              >
                <ul class="cards">
                  {data.found.map((card) => (
                    <li>
                      <div class="checkbox">
                        <input
                          type="checkbox"
                          id={`parent-${card.userId}`}
                          name="parents"
                          value={card.userId}
                          checked={request.ticked.includes(card.userId)}
                        />
                        <label for={`parent-${card.userId}`}>
                          {t("network.search.ask", { name: card.name ?? t("network.card.aParent") })}
                        </label>
                      </div>
                      <ParentCardView t={t} locale={locale} card={card} />
                    </li>
                  ))}
                </ul>
              </FieldsetShell>
              <TextArea
                {...field("body")}
                label={t("network.request.body")}
                hint={t("network.request.bodyHint")}
                maxlength={2000}
                rows={4}
              />
              <button type="submit">{t("network.request.send")}</button>
            </Form>
          ) : (
            <p>{t("network.search.none")}</p>
          )}
        </Section>
      ) : null}
      <Section id="requests-title" title={t("network.requests.title")}>
        {data.requests.length ? (
          <ul>
            {data.requests.map((r) => (
              <li>
                <a href={`/network/requests/${r.id}`}>{r.body.length > 80 ? `${r.body.slice(0, 80)}…` : r.body}</a>{" "}
                <span class="muted">
                  {formatDay(locale, r.createdAt)} · {t("network.requests.tally", { yes: r.yes, asked: r.asked })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("network.requests.none")}</p>
        )}
      </Section>
    </>
  );
}

/** A parent (or anyone not staff) who opens the search: why not, in a sentence. */
export function SearchRefused({ t }: Pick<PageBase, "t">) {
  return (
    <>
      <h1>{t("network.search.title")}</h1>
      <p class="notice">{t("network.search.staffOnly")}</p>
      <BackLink href="/network" label={t("network.back")} />
    </>
  );
}
