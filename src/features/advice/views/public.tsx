/** The public pages of the advice desk: the overview with search, a question, a guide and the conversation guide. */
import { RichText } from "../../../web/components/rich-text.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { currentGuide, VOICES } from "../../conversations/index.js";
import { groupByTopic } from "../domain/topics.js";
import type { ItemView } from "../service/items.js";
import { PageHead } from "../../../web/components/page-head.js";
import { Section } from "../../../web/components/section.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Detail } from "../../../web/components/detail.js";
import { Problem } from "../../../web/components/problem.js";

interface Base {
  t: Translate;
  locale: Locale;
}

export const GUIDE_PATH = "/advice/gesprekswijzer";

function SearchForm({ t, q }: Base & { q: string }) {
  return (
    <form method="get" action="/advice" role="search" class="inline-form">
      <div class="field">
        <label for="advice-q">{t("advice.search.label")}</label>
        <input id="advice-q" type="search" name="q" value={q} maxlength={200} />
      </div>
      <button type="submit">{t("advice.search.submit")}</button>
    </form>
  );
}

function QuestionList({ items }: { items: readonly ItemView[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li>
          <a href={`/advice/${item.kind === "faq" ? "faq" : "library"}/${item.slug}`}>{item.title}</a>
        </li>
      ))}
    </ul>
  );
}

export interface HubProps extends Base {
  q: string;
  /** Null when nothing was searched. */
  found: ItemView[] | null;
  faqs: ItemView[];
  guides: ItemView[];
}

export function HubPage(props: HubProps) {
  const { t, q, found, faqs, guides } = props;
  return (
    <>
      <h1>{t("advice.title")}</h1>
      <p>{t("advice.intro")}</p>
      <SearchForm {...props} q={q} />
      {found ? (
        <Section id="found" title={t("advice.search.results", { q, n: found.length })}>
          {found.length ? <QuestionList items={found} /> : <p>{t("advice.search.none", { q })}</p>}
          <p>
            <a href="/advice">{t("advice.search.clear")}</a>
          </p>
        </Section>
      ) : null}
      <Section id="faq" title={t("advice.faq.title")}>
        {faqs.length ? null : <p>{t("advice.faq.empty")}</p>}
        {groupByTopic(faqs).map((group) => (
          <>
            <h3>{t(`advice.topic.${group.topic}`)}</h3>
            <QuestionList items={group.items} />
          </>
        ))}
      </Section>
      <Section id="library" title={t("advice.library.title")}>
        <p>{t("advice.library.intro")}</p>
        <ul>
          <li>
            <a href={GUIDE_PATH}>{t("advice.guide.title")}</a> ·{" "}
            <a href={`${GUIDE_PATH}.pdf`}>{t("advice.library.pdf")}</a>
          </li>
          {guides.map((guide) => (
            <li>
              <a href={`/advice/library/${guide.slug}`}>{guide.title}</a> ·{" "}
              <a href={`/advice/library/${guide.slug}/pdf`}>{t("advice.library.pdf")}</a>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="more" title={t("advice.more.title")}>
        <ul>
          {/* Only the school leader and coordinator may open the sparring page: the public page names it without a link. */}
          <li>{t("advice.more.sparring")}</li>
          <li>
            <a href="/trainings">{t("advice.more.trainings")}</a>
          </li>
        </ul>
      </Section>
    </>
  );
}

/** "ask": the question's buttons; "thanks": after an answer; "choose": the buttons again after an answer that was neither. */
export function FaqPage({ t, item, state }: Base & { item: ItemView; state: "ask" | "thanks" | "choose" }) {
  const total = item.helpfulYes + item.helpfulNo;
  return (
    <article>
      <BackLink href="/advice" label={t("advice.back")} />
      <p class="hint">{t(`advice.topic.${item.topic}` as "advice.topic.reach")}</p>
      <h1>{item.title}</h1>
      <RichText source={item.body} />
      <Section id="helpful" title={t("advice.helpful.question")} class="card">
        {state === "thanks" ? (
          <p role="status">{t("advice.helpful.thanks")}</p>
        ) : (
          // No CSRF token: the page is public and cacheable, and an answer is an anonymous count (rate-limited).
          <>
            <Problem message={state === "choose" ? t("advice.helpful.choose") : undefined} />
            <form method="post" action={`/advice/faq/${item.slug}/helpful`} class="inline-form">
              <button type="submit" name="answer" value="yes">
                {t("advice.helpful.yes")}
              </button>{" "}
              <button type="submit" name="answer" value="no" class="secondary">
                {t("advice.helpful.no")}
              </button>
            </form>
          </>
        )}
        {total > 0 ? <p class="hint">{t("advice.helpful.count", { yes: item.helpfulYes, total })}</p> : null}
      </Section>
    </article>
  );
}

export function GuidePage({ t, item }: Base & { item: ItemView }) {
  return (
    <article>
      <PageHead back={{ href: "/advice", label: t("advice.back") }} title={item.title} />
      <p>
        <a href={`/advice/library/${item.slug}/pdf`}>{t("advice.library.pdfOf", { title: item.title })}</a>
      </p>
      <RichText source={item.body} />
    </article>
  );
}

/** The conversation guide of the conversations feature, as content anyone may read. */
export function ConversationGuidePage({ t, locale }: Base) {
  return (
    <article>
      <PageHead
        back={{ href: "/advice", label: t("advice.back") }}
        title={t("advice.guide.title")}
        intro={t("advice.guide.intro")}
      />
      <p>{t("advice.guide.how")}</p>
      <p>
        <a href={`${GUIDE_PATH}.pdf`}>{t("advice.library.pdfOf", { title: t("advice.guide.title") })}</a>
      </p>
      {currentGuide.questions.map((question, i) => (
        <section>
          <h2>{t("advice.guide.question", { n: i + 1 })}</h2>
          <dl>
            {VOICES.map((voice) => (
              <Detail term={t(`conversations.guide.for.${voice}`)}>{question.ask[voice][locale]}</Detail>
            ))}
          </dl>
        </section>
      ))}
      <p class="hint">{t("conversations.guide.version", { version: currentGuide.version })}</p>
    </article>
  );
}
