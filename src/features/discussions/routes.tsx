/**
 * The discussion groups under /discussions: parents and staff read, join, write, follow and
 * report; staff create groups and parents propose them; the school leader and coordinator approve
 * proposals and moderate. Each route carries its own guard (policy.ts). A refusal (not joined, no
 * agreement to the code of conduct, an empty post, one's own post reported) answers with the page
 * and a message in the person's language, nothing changed.
 */
import { Hono } from "hono";
import { contentModerationRoutes } from "../../moderation/index.js";
import { renderConfirmPage } from "../../web/confirm-page.js";
import type { AppEnv } from "../../web/env.js";
import { redirectWithFlash } from "../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../web/form-refusal.js";
import { allow, viewerOf } from "../../web/guards.js";
import { renderPage } from "../../web/layout.js";
import type { NavLink } from "../../web/nav.js";
import { oncePerForm } from "../../web/once-per-form.js";
import { pathId, scopeOf } from "../../web/route-context.js";
import { parseForm } from "../../web/validation.js";
import { isSchoolStaff, mayModerateDiscussions, mayUseDiscussions, writerRole } from "./policy.js";
import { conductForm, groupForm, reasonForm, replyForm, threadForm } from "./schemas.js";
import { agreeToConduct, conductAgreed, createGroup, decideGroup, joinGroup, leaveGroup } from "./service/groups.js";
import { hidePost, keepPost, reportPost, restorePost } from "./service/moderation.js";
import { deleteAllMyPosts, deletePost, followThread, replyToThread, startThread } from "./service/posts.js";
import { postPage } from "./service/reads.js";
import { ConductPage } from "./views/conduct.js";
import { groupPath, postPath, threadPath } from "./views/common.js";
import { groupPageOf, overviewPage, postPageOf, scopeWithRole, threadPageOf } from "./routes/pages.js";

/** "Gespreksgroepen" in the header for parents and the school's staff. */
export const discussionsNav: NavLink = {
  href: "/discussions",
  label: "discussions.nav",
  group: "parents",
  shownTo: mayUseDiscussions,
};

const users = allow(mayUseDiscussions);
/** Where a parent's proposal for a group is shown until it is decided. */
const PROPOSALS = "/discussions#proposals";
const moderators = allow(mayModerateDiscussions);

const discussionRoutes = new Hono<AppEnv>()
  .get("/", users, (c) => overviewPage(c))
  .post("/groups", users, async (c) => {
    const form = await parseForm(c, groupForm);
    if (!form.ok) return overviewPage(c, { form }, 422);
    const staff = isSchoolStaff(viewerOf(c));
    const made = await oncePerForm(c, async (db) => {
      const created = await createGroup({ ...scopeOf(c), db, input: form.data, staff });
      return created.status === "open" ? groupPath(created.id) : PROPOSALS;
    });
    // A second post of the same form answers as the first: a proposal waits, a staff group is open.
    return redirectWithFlash(c, made, made === PROPOSALS ? "discussions.groupProposed" : "discussions.groupCreated");
  })
  .post("/groups/:groupId/approve", moderators, async (c) => {
    const groupId = pathId(c, "groupId");
    const decided = await decideGroup({ ...scopeOf(c), groupId, decision: { approve: true } });
    if (!decided.ok) return redirectWithFlash(c, "/discussions", "discussions.refusal.decided");
    return redirectWithFlash(c, groupPath(groupId), "discussions.groupApproved");
  })
  .post("/groups/:groupId/decline", moderators, async (c) => {
    const groupId = pathId(c, "groupId");
    const form = await parseForm(c, reasonForm);
    if (!form.ok) return overviewPage(c, { decline: { ...form, groupId } }, 422);
    const decided = await decideGroup({
      ...scopeOf(c),
      groupId,
      decision: { approve: false, reason: form.data.reason },
    });
    if (!decided.ok) return redirectWithFlash(c, "/discussions", "discussions.refusal.decided");
    return redirectWithFlash(c, "/discussions", "discussions.groupDeclined");
  })
  .get("/groups/:groupId", users, (c) => groupPageOf(c, pathId(c, "groupId")))
  .post("/groups/:groupId/join", users, async (c) => {
    const groupId = pathId(c, "groupId");
    const joined = await joinGroup({ ...scopeWithRole(c), groupId });
    if (!joined.ok) return groupPageOf(c, groupId, { values: {}, errors: formErrorsOf(c, joined) }, 409);
    return redirectWithFlash(c, groupPath(groupId), "discussions.joined");
  })
  .post("/groups/:groupId/leave", users, async (c) => {
    const groupId = pathId(c, "groupId");
    await leaveGroup({ ...scopeWithRole(c), groupId });
    return redirectWithFlash(c, groupPath(groupId), "discussions.left");
  })
  .post("/groups/:groupId/threads", users, async (c) => {
    const groupId = pathId(c, "groupId");
    const form = await parseForm(c, threadForm);
    if (!form.ok) return groupPageOf(c, groupId, form, 422);
    const role = writerRole(viewerOf(c));
    const done = await oncePerForm(c, async (db) => {
      const started = await startThread({ ...scopeWithRole(c), db, groupId, ...form.data, role });
      return started.ok ? threadPath(started.threadId) : started;
    });
    if (typeof done !== "string") {
      return groupPageOf(c, groupId, { values: form.values, errors: formErrorsOf(c, done) }, refusalStatus(done));
    }
    return redirectWithFlash(c, done, "discussions.posted");
  })
  .get("/threads/:threadId", users, (c) => threadPageOf(c, pathId(c, "threadId")))
  .post("/threads/:threadId/replies", users, async (c) => {
    const threadId = pathId(c, "threadId");
    const form = await parseForm(c, replyForm);
    if (!form.ok) return threadPageOf(c, threadId, form, 422);
    const deps = { jobs: c.var.deps.jobs, publicUrl: c.var.deps.config.publicUrl };
    const role = writerRole(viewerOf(c));
    const done = await oncePerForm(c, async (db) => {
      const replied = await replyToThread({ ...scopeWithRole(c), db, threadId, body: form.data.body, role, deps });
      return replied.ok ? `${threadPath(threadId)}#post-${replied.postId}` : replied;
    });
    if (typeof done !== "string") {
      return threadPageOf(c, threadId, { values: form.values, errors: formErrorsOf(c, done) }, refusalStatus(done));
    }
    return redirectWithFlash(c, done, "discussions.posted");
  })
  .post("/threads/:threadId/follow", users, async (c) => {
    const threadId = pathId(c, "threadId");
    await followThread({ ...scopeWithRole(c), threadId, on: true });
    return redirectWithFlash(c, threadPath(threadId), "discussions.following");
  })
  .post("/threads/:threadId/unfollow", users, async (c) => {
    const threadId = pathId(c, "threadId");
    await followThread({ ...scopeWithRole(c), threadId, on: false });
    return redirectWithFlash(c, threadPath(threadId), "discussions.unfollowed");
  })
  .get("/posts/:postId", users, (c) => postPageOf(c, pathId(c, "postId")))
  .route(
    "/",
    contentModerationRoutes({
      path: "/posts/:postId",
      scope: (c) => ({ ...scopeOf(c), postId: pathId(c, "postId") }),
      commands: { report: reportPost, hide: hidePost, restore: restorePost, keep: keepPost },
      guards: { report: users, moderate: moderators },
      hideForm: reasonForm,
      again: (c, scope, form, status) => postPageOf(c, scope.postId, { [form.name]: form }, status),
      contentPath: (scope) => postPath(scope.postId),
      queuePath: "/discussions",
      flash: { hidden: "discussions.hidden", restored: "discussions.restored" },
    }),
  )
  .get("/posts/:postId/delete", users, async (c) => {
    const postId = pathId(c, "postId");
    const { t } = c.var;
    const page = await postPage({ ...scopeWithRole(c), postId });
    if (!page.post.mine || page.post.deleted) return postPageOf(c, postId);
    const ask = {
      action: `${postPath(postId)}/delete`,
      what: [page.thread.title ?? t("discussions.thread.untitled")],
      consequence: t("discussions.delete.consequence"),
      submit: t("discussions.delete.submit"),
      back: { href: `${threadPath(page.thread.id)}#post-${postId}`, label: t("discussions.delete.back") },
    };
    return renderConfirmPage(c, ask, t("discussions.delete.title"));
  })
  .post("/posts/:postId/delete", users, async (c) => {
    const postId = pathId(c, "postId");
    const deleted = await deletePost({ ...scopeWithRole(c), postId });
    if (!deleted.ok) return postPageOf(c, postId, { report: { values: {}, errors: formErrorsOf(c, deleted) } }, 403);
    return redirectWithFlash(c, deleted.next, "discussions.deleted");
  })
  .get("/my-posts/delete", users, (c) => {
    const { t } = c.var;
    const ask = {
      action: "/discussions/my-posts/delete",
      what: [t("discussions.mine.deleteWhat")],
      consequence: t("discussions.mine.deleteConsequence"),
      submit: t("discussions.mine.deleteSubmit"),
      back: { href: "/discussions#my-posts", label: t("discussions.delete.back") },
    };
    return renderConfirmPage(c, ask, t("discussions.delete.title"));
  })
  .post("/my-posts/delete", users, async (c) => {
    await deleteAllMyPosts(scopeWithRole(c));
    return redirectWithFlash(c, "/discussions#my-posts", "discussions.deletedAll");
  })
  .get("/conduct", users, async (c) => {
    const agreed = await conductAgreed(scopeOf(c));
    const page = <ConductPage t={c.var.t} csrf={c.var.csrfToken} agreed={agreed} />;
    return renderPage(c, { title: c.var.t("discussions.conduct.title"), children: page });
  })
  .post("/conduct", users, async (c) => {
    const form = await parseForm(c, conductForm);
    const back = form.ok ? form.data.back : "/discussions";
    const agreed = form.ok ? await agreeToConduct({ ...scopeOf(c), version: form.data.version }) : null;
    if (!agreed?.ok) return redirectWithFlash(c, "/discussions/conduct", "discussions.refusal.conductVersion");
    return redirectWithFlash(c, back, "discussions.conduct.thanks");
  });

export const discussionsRoutes = new Hono<AppEnv>().route("/discussions", discussionRoutes);
