/** /news, /news/:postId and /news/:postId/history: reading news. */
import { Hono, type Context } from "hono";
import { isGuardianHere } from "../../../auth/viewer.js";
import { pageNumber } from "../../../lib/paging.js";
import type { AppEnv } from "../../../web/env.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { mayManageNews, mayPostNews, mayReactToNews, mayReadNews, readsAsStaff } from "../policy.js";
import { reportedReactions } from "../service/reactions.js";
import { newsPage, postHistory, postView } from "../service/reads.js";
import { suggestionsFor } from "../service/suggestions.js";
import { ListPage } from "../views/list-page.js";
import { HistoryPage } from "../views/other-pages.js";
import { PostPage, type PostFormState } from "../views/post-page.js";
import { postPath } from "../views/props.js";

type Status = 200 | 403 | 409 | 422;

/** The post's page, with a form that came back or a refusal; 404 when the viewer may not see it. */
export async function postPage(
  c: Context<AppEnv>,
  postId: string,
  extra: { state?: PostFormState; problem?: string } = {},
  status: Status = 200,
) {
  const viewer = viewerOf(c);
  const staff = readsAsStaff(viewer);
  const now = new Date();
  const post = await postView({
    ...scopeOf(c),
    postId,
    staff,
    locale: c.var.locale,
    threshold: c.var.deps.config.ANONYMITY_THRESHOLD,
    now,
  });
  const manager = mayManageNews(viewer);
  const writes = manager || (mayPostNews(viewer) && post.authorId === viewer.userId);
  const page = (
    <PostPage
      {...pageProps(c)}
      post={post}
      staff={staff}
      writes={writes}
      manager={manager}
      reacts={mayReactToNews(viewer)}
      now={now}
      state={extra.state}
      problem={extra.problem}
    />
  );
  return renderPage(c, { title: post.title, children: page }, status);
}

export const pageRoutes = new Hono<AppEnv>()
  .get("/", allow(mayReadNews), async (c) => {
    const viewer = viewerOf(c);
    const staff = readsAsStaff(viewer);
    const manager = mayManageNews(viewer);
    const now = new Date();
    const page = await newsPage({
      ...scopeOf(c),
      staff,
      locale: c.var.locale,
      page: pageNumber(c.req.query("page")),
      now,
    });
    const suggestions = manager ? await suggestionsFor({ ...scopeOf(c), manager }) : [];
    const queue = manager
      ? (await reportedReactions(scopeOf(c))).map((item) => ({
          ...item,
          href: `${postPath(item.postId)}#reaction-${item.contentId}`,
          keepAction: `${postPath(item.postId)}/reactions/${item.contentId}/keep`,
        }))
      : [];
    const view = (
      <ListPage
        {...pageProps(c)}
        page={page}
        staff={staff}
        posts={mayPostNews(viewer)}
        manager={manager}
        parent={!staff && isGuardianHere(viewer)}
        openSuggestions={suggestions.filter((s) => s.status === "open").length}
        queue={queue}
        now={now}
      />
    );
    return renderPage(c, { title: c.var.t("news.title"), children: view });
  })
  .get("/:postId", allow(mayReadNews), (c) => postPage(c, pathId(c, "postId")))
  .get("/:postId/history", allow(mayPostNews), async (c) => {
    const postId = pathId(c, "postId");
    const { title, versions } = await postHistory({ ...scopeOf(c), postId });
    const view = <HistoryPage {...pageProps(c)} postId={postId} title={title} versions={versions} />;
    return renderPage(c, { title: c.var.t("news.history.title", { title }), children: view });
  });
