/** The discussion pages as every route renders them: the viewer's base, the page, its forms' state, a status. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { pageProps, scopeOf } from "../../../web/route-context.js";
import { emptyForm } from "../../../web/validation.js";
import { isSchoolStaff, mayModerateDiscussions } from "../policy.js";
import { reportedPosts } from "../service/moderation.js";
import { discussionOverview, groupPage, postPage, threadPage } from "../service/reads.js";
import type { Scope } from "../service/thread-row.js";
import type { Base } from "../views/common.js";
import { GroupPageView } from "../views/group.js";
import { OverviewPage, type FormState } from "../views/overview.js";
import { PostPageView } from "../views/post.js";
import { ThreadPageView } from "../views/thread.js";

export type Status = 200 | 403 | 404 | 409 | 422;
export const noForm = emptyForm;

export function baseOf(c: Context<AppEnv>): Base {
  const viewer = viewerOf(c);
  return {
    ...pageProps(c),
    moderates: mayModerateDiscussions(viewer),
    staff: isSchoolStaff(viewer),
  };
}

export function scopeWithRole(c: Context<AppEnv>): Scope {
  return { ...scopeOf(c), moderates: mayModerateDiscussions(viewerOf(c)) };
}

export async function overviewPage(
  c: Context<AppEnv>,
  state: { form?: FormState; decline?: FormState & { groupId: string } } = {},
  status: Status = 200,
) {
  const base = baseOf(c);
  const overview = await discussionOverview(scopeWithRole(c));
  const queue = base.moderates ? await reportedPosts(scopeOf(c)) : [];
  const page = (
    <OverviewPage
      {...base}
      overview={overview}
      queue={queue}
      form={state.form ?? noForm}
      decline={state.decline ?? noForm}
    />
  );
  return renderPage(c, { title: c.var.t("discussions.title"), children: page }, status);
}

export async function groupPageOf(c: Context<AppEnv>, groupId: string, form = noForm, status: Status = 200) {
  const page = await groupPage({ ...scopeWithRole(c), groupId });
  return renderPage(
    c,
    { title: page.group.name, children: <GroupPageView {...baseOf(c)} page={page} form={form} /> },
    status,
  );
}

export async function threadPageOf(c: Context<AppEnv>, threadId: string, form = noForm, status: Status = 200) {
  const page = await threadPage({ ...scopeWithRole(c), threadId });
  const title = page.thread.title ?? c.var.t("discussions.thread.untitled");
  return renderPage(c, { title, children: <ThreadPageView {...baseOf(c)} page={page} form={form} /> }, status);
}

export async function postPageOf(
  c: Context<AppEnv>,
  postId: string,
  state: { report?: FormState; hide?: FormState } = {},
  status: Status = 200,
) {
  const page = await postPage({ ...scopeWithRole(c), postId });
  const view = <PostPageView {...baseOf(c)} page={page} report={state.report ?? noForm} hide={state.hide ?? noForm} />;
  return renderPage(c, { title: c.var.t("discussions.post.title"), children: view }, status);
}
