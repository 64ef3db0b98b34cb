/** The public pages: the campaign with its count and news, the list of endorsers, stories and tips. */
import { RichText } from "../../../web/components/rich-text.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Pagination } from "../../../web/components/pagination.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { Paged } from "../../../lib/paging.js";
import { formatDate } from "../../../lib/time/format.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { endorserRoles, storyThemes, type StoryTheme } from "../domain/choices.js";
import { provinceName, provinces } from "../../../lib/provinces/index.js";
import type { CampaignCount } from "../service/counts.js";
import type { NewsItem } from "../service/content.js";
import type { PublicEndorser } from "../service/endorsers.js";
import type { PublishedStory } from "../service/stories.js";
import { PageHead } from "../../../web/components/page-head.js";
import { Section } from "../../../web/components/section.js";
import { ActionLink } from "../../../web/components/action-link.js";

const number = (locale: Locale, n: number) => n.toLocaleString(locale === "en" ? "en-GB" : "nl-NL");

export function CampaignPage(props: {
  t: Translate;
  locale: Locale;
  text: string;
  count: CampaignCount;
  news: NewsItem[];
  stories: PublishedStory[];
}) {
  const { t, locale, count } = props;
  return (
    <>
      <h1>{t("campaign.title")}</h1>
      <p class="lead">{t("campaign.lead")}</p>
      <RichText source={props.text} />
      <p class="actions">
        <a class="button" href="/campagne/onderschrijven">
          {t("campaign.endorse.cta")}
        </a>{" "}
        <a href="/campagne/verhalen/nieuw">{t("campaign.story.cta")}</a>
      </p>
      <Section id="count-title" title={t("campaign.count.title")}>
        <p class="campaign-count" id="campaign-count">
          {t("campaign.count.total", { n: count.total })}
        </p>
        <DataTable
          t={t}
          caption={t("campaign.count.byRole")}
          rows={endorserRoles.map((role) => ({ role, n: count.byRole[role] }))}
          columns={[
            { label: t("campaign.count.who"), cell: (r) => t(`campaign.role.${r.role}`) },
            { label: t("campaign.count.number"), cell: (r) => number(locale, r.n) },
          ]}
        />
        <DataTable
          t={t}
          caption={t("campaign.count.byProvince")}
          rows={provinces.map((province) => ({ province, n: count.byProvince[province] }))}
          columns={[
            { label: t("campaign.count.province"), cell: (r) => provinceName(t, r.province) },
            { label: t("campaign.count.number"), cell: (r) => number(locale, r.n) },
          ]}
        />
        <p>
          <a href="/campagne/onderschrijvers">{t("campaign.count.list")}</a>
        </p>
      </Section>
      <Section id="stories-title" title={t("campaign.stories.latest")}>
        <StoryList t={t} stories={props.stories} />
        <p>
          <a href="/campagne/verhalen">{t("campaign.stories.all")}</a>
        </p>
      </Section>
      <Section id="news-title" title={t("campaign.news.title")}>
        {props.news.length === 0 ? <p>{t("campaign.news.none")}</p> : null}
        {props.news.map((item) => (
          <article class="campaign-news">
            <h3>{item.title}</h3>
            <p class="hint">
              <time datetime={item.publishedAt.toISOString()}>{formatDate(locale, schoolDate(item.publishedAt))}</time>
            </p>
            <RichText source={item.body} />
          </article>
        ))}
      </Section>
    </>
  );
}

function excerpt(body: string): string {
  return body.length > 280 ? `${body.slice(0, 277).trimEnd()}…` : body;
}

function StoryList({ t, stories }: { t: Translate; stories: PublishedStory[] }) {
  if (stories.length === 0) return <p>{t("campaign.stories.none")}</p>;
  return (
    <ul class="campaign-stories">
      {stories.map((story) => (
        <li>
          <h3>
            <a href={`/campagne/verhalen/${story.id}`}>{story.title}</a>
          </h3>
          <p class="hint">
            {t(`campaign.kind.${story.kind}`)} · {t(`campaign.theme.${story.theme}`)} ·{" "}
            {t("campaign.stories.by", { name: story.signedAs })}
          </p>
          <p>{excerpt(story.body)}</p>
        </li>
      ))}
    </ul>
  );
}

function SearchForm(props: { t: Translate; action: string; label: string; search: string; children?: unknown }) {
  return (
    <form method="get" action={props.action} class="campaign-search" role="search">
      {props.children as never}
      <div class="field">
        <label for="field-q">{props.label}</label>
        <input id="field-q" name="q" type="search" value={props.search} maxlength={100} />
      </div>
      <button type="submit">{props.t("campaign.list.searchButton")}</button>
    </form>
  );
}

/** A searchable list a page at a time. */
interface ListProps<Row> {
  t: Translate;
  search: string;
  page: number;
  list: Paged<Row>;
}

export function EndorsersPage(props: ListProps<PublicEndorser>) {
  const { t, list } = props;
  return (
    <>
      <PageHead
        back={{ href: "/campagne", label: t("campaign.back") }}
        title={t("campaign.list.title")}
        intro={t("campaign.list.intro")}
      />
      <SearchForm t={t} action="/campagne/onderschrijvers" label={t("campaign.list.search")} search={props.search} />
      <p role="status">{t("campaign.list.found", { n: list.total })}</p>
      <DataTable
        t={t}
        caption={t("campaign.list.caption")}
        empty={t("campaign.list.none")}
        rows={list.rows}
        columns={[
          { label: t("campaign.list.name"), cell: (r) => r.name },
          { label: t("campaign.list.as"), cell: (r) => t(`campaign.role.${r.role}`) },
          { label: t("campaign.list.organisation"), cell: (r) => r.organisation || "–" },
          { label: t("campaign.list.municipality"), cell: (r) => r.municipality },
        ]}
      />
      <Pagination
        t={t}
        path="/campagne/onderschrijvers"
        params={{ q: props.search }}
        page={props.page}
        pages={list.pages}
      />
    </>
  );
}

export function StoriesPage(props: ListProps<PublishedStory> & { theme: StoryTheme | null }) {
  const { t, list } = props;
  return (
    <>
      <PageHead
        back={{ href: "/campagne", label: t("campaign.back") }}
        title={t("campaign.stories.title")}
        intro={t("campaign.stories.intro")}
      />
      <ActionLink href="/campagne/verhalen/nieuw" label={t("campaign.story.cta")} />
      <SearchForm t={t} action="/campagne/verhalen" label={t("campaign.stories.search")} search={props.search}>
        <div class="field">
          <label for="field-thema">{t("campaign.stories.theme")}</label>
          <select id="field-thema" name="thema">
            <option value="">{t("campaign.stories.allThemes")}</option>
            {storyThemes.map((theme) => (
              <option value={theme} selected={theme === props.theme}>
                {t(`campaign.theme.${theme}`)}
              </option>
            ))}
          </select>
        </div>
      </SearchForm>
      <p role="status">{t("campaign.list.found", { n: list.total })}</p>
      <StoryList t={t} stories={list.rows} />
      <Pagination
        t={t}
        path="/campagne/verhalen"
        params={{ q: props.search, thema: props.theme ?? "" }}
        page={props.page}
        pages={list.pages}
      />
    </>
  );
}

export function StoryPage({ t, locale, story }: { t: Translate; locale: Locale; story: PublishedStory }) {
  return (
    <article>
      <PageHead back={{ href: "/campagne/verhalen", label: t("campaign.stories.all") }} title={story.title} />
      <p class="hint">
        {t(`campaign.kind.${story.kind}`)} · {t(`campaign.theme.${story.theme}`)} ·{" "}
        <time datetime={story.publishedAt.toISOString()}>{formatDate(locale, schoolDate(story.publishedAt))}</time>
      </p>
      {story.body.split(/\n{2,}/).map((paragraph) => (
        <p class="campaign-paragraph">{paragraph}</p>
      ))}
      <p>{t("campaign.stories.by", { name: story.signedAs })}</p>
    </article>
  );
}
