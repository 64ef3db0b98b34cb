/** /news: the posts a reader may see, pinned first, then the newest; staff see drafts and scheduled posts too. */
import { formatMoment } from "../../../lib/time/format.js";
import { Pagination } from "../../../web/components/pagination.js";
import { ModerationQueue, type QueueRow } from "../../../moderation/index.js";
import type { NewsPage, PostSummary } from "../service/reads.js";
import { postPath, type NewsBase } from "./props.js";
import { partLang } from "../../../web/part-language.js";

export interface ListPageProps extends NewsBase {
  page: NewsPage;
  staff: boolean;
  posts: boolean;
  manager: boolean;
  parent: boolean;
  openSuggestions: number;
  queue: QueueRow[];
  now: Date;
}

function Status({ t, locale, post, staff, now }: NewsBase & { post: PostSummary; staff: boolean; now: Date }) {
  const parts: string[] = [];
  if (post.pinned) parts.push(t("news.pinned"));
  if (!post.publishAt) parts.push(t("news.status.draft"));
  else if (post.publishAt > now) parts.push(t("news.status.scheduled", { at: formatMoment(locale, post.publishAt) }));
  else parts.push(formatMoment(locale, post.publishAt));
  if (staff) parts.push(t(`news.audience.${post.audience}`));
  else if (!post.read) parts.push(t("news.unread"));
  return <p class="muted">{parts.join(" · ")}</p>;
}

export function ListPage(props: ListPageProps) {
  const { t, page } = props;
  return (
    <section>
      <h1>{t("news.title")}</h1>
      <p class="actions">
        {props.posts ? (
          <a class="button" href="/news/new">
            {t("news.new.link")}
          </a>
        ) : null}
        {props.manager ? (
          <a href="/news/suggestions">{t("news.suggestions.staffLink", { n: props.openSuggestions })}</a>
        ) : null}
        {props.parent ? <a href="/news/suggestions">{t("news.suggestions.parentLink")}</a> : null}
      </p>
      {props.manager && props.queue.length ? (
        <ModerationQueue t={t} locale={props.locale} csrf={props.csrf} rows={props.queue} />
      ) : null}
      {page.posts.length === 0 ? <p>{t("news.empty")}</p> : null}
      <ul class="cards">
        {page.posts.map((post) => (
          <li class="card">
            <h2 lang={partLang(post.titleLocale, props.locale)}>
              <a href={postPath(post.id)}>{post.title}</a>
            </h2>
            <Status {...props} post={post} />
          </li>
        ))}
      </ul>
      <Pagination t={t} path="/news" params={{}} page={page.page} pages={page.pages} />
    </section>
  );
}
