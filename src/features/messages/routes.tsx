/**
 * /messages: a person's threads, a new message, one thread with its replies, closing it and
 * turning it into a conversation request; /messages/overdue and /messages/settings for the
 * school leader and coordinator. Every route carries its guard (policy.ts); which thread a
 * person sees is the service's question (a thread not theirs is 404, as one of another school).
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../web/env.js";
import { redirectWithFlash } from "../../web/flash.js";
import { formErrorsOf, orInputRefusal, refusalStatus } from "../../web/form-refusal.js";
import { allow, viewerOf } from "../../web/guards.js";
import { renderPage } from "../../web/layout.js";
import type { NavLink } from "../../web/nav.js";
import { oncePerForm } from "../../web/once-per-form.js";
import { pageProps, pathId, scopeOf } from "../../web/route-context.js";
import { parseForm } from "../../web/validation.js";
import { NotFoundError } from "../../web/errors.js";
import { isGuardianHere } from "../../auth/viewer.js";
import { attachmentLimits, readAttachmentUploads } from "../../attachments/index.js";
import { conversationMessengerOf } from "../conversations/index.js";
import { mayManageMessages, mayUseMessages } from "./policy.js";
import { replyForm, settingsForm, startForm } from "./schemas.js";
import { closeThread, reply, startThread, turnIntoConversation, type WriteScope } from "./service/posting.js";
import { inbox, overdueThreads, threadView, writableChildren, type ReadScope } from "./service/reading.js";
import { readSettings, saveSettings } from "./service/settings.js";
import { ListPage, NewPage, OverduePage, SettingsPage, ThreadPage, type FormState } from "./views/pages.js";

export const messagesNav: NavLink = {
  href: "/messages",
  label: "messages.nav",
  group: "contact",
  shownTo: mayUseMessages,
};

const users = allow(mayUseMessages);
const managers = allow(mayManageMessages);

function readScopeOf(c: Context<AppEnv>): ReadScope {
  return { ...scopeOf(c), manager: mayManageMessages(viewerOf(c)), now: new Date() };
}

function writeScopeOf(c: Context<AppEnv>): WriteScope {
  const { config, jobs } = c.var.deps;
  return { ...readScopeOf(c), messenger: { jobs, publicUrl: config.publicUrl } };
}

function limitsOf(c: Context<AppEnv>) {
  const limits = attachmentLimits(c);
  return { max: limits.maxFiles, maxMb: Math.floor(limits.maxBytes / (1024 * 1024)) };
}

async function newPage(c: Context<AppEnv>, form: FormState = {}, status: 200 | 403 | 409 | 422 = 200) {
  const scope = readScopeOf(c);
  const [children, settings] = await Promise.all([writableChildren(scope), readSettings(scope)]);
  const selected = c.req.query("pupilId");
  const values = form.values ?? (selected ? { pupilId: selected } : undefined);
  const page = (
    <NewPage
      {...pageProps(c)}
      pupils={children}
      parent={isGuardianHere(viewerOf(c))}
      settings={settings}
      limits={limitsOf(c)}
      form={{ values, errors: form.errors }}
    />
  );
  return renderPage(c, { title: c.var.t("messages.form.title"), children: page }, status);
}

async function threadPage(
  c: Context<AppEnv>,
  form: FormState = {},
  problem?: string,
  status: 200 | 403 | 409 | 422 = 200,
) {
  const view = await threadView({ ...readScopeOf(c), threadId: pathId(c, "threadId") });
  if (!view) throw new NotFoundError("thread");
  const page = <ThreadPage {...pageProps(c)} view={view} limits={limitsOf(c)} form={form} problem={problem} />;
  return renderPage(c, { title: view.thread.subject, children: page }, status);
}

async function settingsPage(c: Context<AppEnv>, form: FormState = {}, status: 200 | 422 = 200) {
  const settings = await readSettings(scopeOf(c));
  const page = <SettingsPage {...pageProps(c)} settings={settings} form={form} />;
  return renderPage(c, { title: c.var.t("messages.settings.title"), children: page }, status);
}

export const messagesRoutes = new Hono<AppEnv>()
  .get("/messages", users, async (c) => {
    const scope = readScopeOf(c);
    const [threads, settings] = await Promise.all([inbox(scope), readSettings(scope)]);
    const viewer = viewerOf(c);
    const page = (
      <ListPage
        t={c.var.t}
        locale={c.var.locale}
        threads={threads}
        parent={isGuardianHere(viewer)}
        staff={!isGuardianHere(viewer)}
        manager={scope.manager}
        settings={settings}
      />
    );
    return renderPage(c, { title: c.var.t("messages.title"), children: page });
  })
  .get("/messages/new", users, (c) => newPage(c))
  .post("/messages", users, async (c) => {
    const form = await parseForm(c, startForm);
    const upload = await readAttachmentUploads(c, "files");
    if (!form.ok || !upload.ok) {
      const errors = { ...(form.ok ? {} : form.errors) };
      if (!upload.ok) errors.files = c.var.t(upload.key, upload.params);
      return newPage(c, { values: form.values, errors }, 422);
    }
    const scope = writeScopeOf(c);
    const done = await orInputRefusal(
      oncePerForm(c, async (db) => {
        const started = await startThread({ ...scope, db, ...form.data, files: upload.files });
        return started.ok ? `/messages/${started.threadId}` : started;
      }),
    );
    if (typeof done !== "string")
      return newPage(
        c,
        { values: form.values, errors: formErrorsOf(c, { field: "pupilId", ...done }) },
        refusalStatus(done),
      );
    const later = await deliveredLater(c, done);
    return redirectWithFlash(c, done, later ? "messages.sentLater" : "messages.sent");
  })
  .get("/messages/overdue", managers, async (c) => {
    const scope = readScopeOf(c);
    const [threads, settings] = await Promise.all([overdueThreads(scope), readSettings(scope)]);
    const page = <OverduePage t={c.var.t} locale={c.var.locale} threads={threads} replyDays={settings.replyDays} />;
    return renderPage(c, { title: c.var.t("messages.overdue.title"), children: page });
  })
  .get("/messages/settings", managers, (c) => settingsPage(c))
  .post("/messages/settings", managers, async (c) => {
    const form = await parseForm(c, settingsForm);
    if (!form.ok) return settingsPage(c, form, 422);
    const { quietFrom, quietUntil, quietWeekends, replyDays } = form.data;
    await saveSettings({
      ...scopeOf(c),
      settings: { quiet: { from: quietFrom, until: quietUntil, weekends: quietWeekends === "on" }, replyDays },
    });
    return redirectWithFlash(c, "/messages/settings", "messages.settings.saved");
  })
  .get("/messages/:threadId", users, (c) => threadPage(c))
  .post("/messages/:threadId/posts", users, async (c) => {
    const threadId = pathId(c, "threadId");
    const form = await parseForm(c, replyForm);
    const upload = await readAttachmentUploads(c, "files");
    if (!form.ok || !upload.ok) {
      const errors = { ...(form.ok ? {} : form.errors) };
      if (!upload.ok) errors.files = c.var.t(upload.key, upload.params);
      return threadPage(c, { values: form.values, errors }, undefined, 422);
    }
    const scope = writeScopeOf(c);
    const done = await orInputRefusal(
      oncePerForm(c, async (db) => {
        const replied = await reply({ ...scope, db, threadId, body: form.data.body, files: upload.files });
        return replied.ok ? `/messages/${threadId}` : replied;
      }),
    );
    if (typeof done !== "string") {
      if (done.reason === "notFound") throw new NotFoundError("thread");
      if (done.reason === "input")
        return threadPage(c, { values: form.values, errors: formErrorsOf(c, done) }, undefined, refusalStatus(done));
      return threadPage(c, { values: form.values }, c.var.t(done.key), refusalStatus(done));
    }
    const later = await deliveredLater(c, done);
    return redirectWithFlash(c, `${done}#reply-title`, later ? "messages.sentLater" : "messages.sent");
  })
  .post("/messages/:threadId/close", users, async (c) => {
    const closed = await closeThread({ ...writeScopeOf(c), threadId: pathId(c, "threadId") });
    if (!closed.ok) {
      if (closed.reason === "notFound") throw new NotFoundError("thread");
      return threadPage(c, {}, c.var.t(closed.key), refusalStatus(closed));
    }
    return redirectWithFlash(c, `/messages/${pathId(c, "threadId")}`, "messages.closedFlash");
  })
  .post("/messages/:threadId/conversation", users, async (c) => {
    const { config, jobs } = c.var.deps;
    const made = await turnIntoConversation({
      ...writeScopeOf(c),
      threadId: pathId(c, "threadId"),
      conversations: conversationMessengerOf(config, jobs),
    });
    if (!made.ok) {
      if (made.reason === "notFound") throw new NotFoundError("thread");
      return threadPage(c, {}, c.var.t(made.key), refusalStatus(made));
    }
    return redirectWithFlash(c, `/messages/${pathId(c, "threadId")}`, "messages.conversationFlash");
  });

/** Whether the viewer's newest post in the thread waits for the end of quiet hours. */
async function deliveredLater(c: Context<AppEnv>, path: string): Promise<boolean> {
  const view = await threadView({ ...readScopeOf(c), threadId: path.split("/").at(-1)! });
  return view?.posts.filter((p) => p.mine).at(-1)?.waiting ?? false;
}
