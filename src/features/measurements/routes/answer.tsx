/**
 * /m/…: answering a questionnaire through a link, without an account. GET
 * never changes anything (mail scanners open links); every POST checks the
 * link again inside its own transaction. Pages are in the respondent's
 * language (the locale middleware) and in the words of the organisation behind
 * the link (speakFor), item texts from the instrument.
 */
import { Hono, type Context } from "hono";
import { countAttempt } from "../../../auth/rate-limit.js";
import { keyedDigest } from "../../../lib/keyed-hash.js";
import { clientIp } from "../../../web/client-ip.js";
import { speakFor } from "../../../middleware/locale.js";
import type { AppEnv } from "../../../web/env.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import { renderPage } from "../../../web/layout.js";
import { formTokenOf } from "../../../web/once-per-form.js";
import { pageProps } from "../../../web/route-context.js";
import { answerProgress } from "../questionnaire.js";
import {
  loadProgress,
  openLinkInfo,
  questionnaireOf,
  saveAllPages,
  savePage,
  startFromOpenLink,
  ticketOfForm,
  submitAnswers,
} from "../service/answering.js";
import type { LinkProblem, Measurement } from "../service/respondent.js";
import { startsPerHour, type OpenLinkRoom } from "../service/open-link-room.js";
import { AllPagesPage, AnswerPage, IntroPage, ReviewPage } from "../views/answer.js";
import { MessagePage } from "../views/message.js";
import { audienceLabel } from "../views/labels.js";
import { OpenLinkPage } from "../views/open-link.js";
import { inRegister } from "../domain/register.js";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

type Problem = LinkProblem | "tampered";
/** Why a link cannot be used and, when the link found one, the type of the organisation and the group behind it. */
type Refusal = { problem: Problem; orgType?: string; group?: Measurement["group"] };

/** A full open link says whom it serves: the class's pupils or children, or its parents without a mailed invitation. */
const fullFor = (problem: "full" | "crowded") => ({
  status: 409 as const,
  title: `measure.link.${problem}.title` as const,
  body: `measure.link.${problem}.pupils` as const,
  of: {
    team: `measure.link.${problem}.parents`,
    parents: `measure.link.${problem}.parents`,
    pupils: `measure.link.${problem}.pupils`,
    young: `measure.link.${problem}.young`,
  } as const,
});

/**
 * What each problem's page says: `body`, or `ofOrg` when the link names its organisation (whom to ask,
 * in its own word), or `of` the respondent group when the link names one.
 */
const problems: Record<
  Problem,
  {
    status: 400 | 404 | 409;
    title: MessageKey;
    body: MessageKey;
    ofOrg?: MessageKey;
    of?: Record<Measurement["group"], MessageKey>;
  }
> = {
  unknown: {
    status: 404,
    title: "measure.link.unknown.title",
    body: "measure.link.unknown.body",
    ofOrg: "measure.link.unknown.ofOrg",
  },
  notOpen: { status: 409, title: "measure.link.notOpen.title", body: "measure.link.notOpen.body" },
  closed: { status: 409, title: "measure.link.closed.title", body: "measure.link.closed.body" },
  responded: { status: 409, title: "measure.link.responded.title", body: "measure.link.responded.body" },
  tampered: { status: 400, title: "measure.link.tampered.title", body: "measure.link.tampered.body" },
  full: fullFor("full"),
  crowded: fullFor("crowded"),
};

function problemPage(c: Context<AppEnv>, refusal: Refusal, back?: string) {
  if (refusal.orgType) speakFor(c, refusal.orgType);
  if (refusal.group) c.set("t", inRegister(c.var.t, refusal.group));
  const { t } = c.var;
  const { status, title, of, ofOrg, body: general } = problems[refusal.problem];
  const body = (refusal.group && of?.[refusal.group]) ?? (refusal.orgType ? ofOrg : undefined) ?? general;
  const link = back ? { href: back, label: t("measure.answer.backToQuestions") } : undefined;
  return renderPage(
    c,
    { title: t(title), children: <MessagePage title={t(title)} body={t(body)} back={link} /> },
    status,
  );
}

function tokenOf(c: Context<AppEnv>, name = "token"): string | null {
  const token = c.req.param(name);
  return token && TOKEN.test(token) ? token : null;
}

/** The respondent and their saved answers, or the page that says why the link cannot be used. */
async function progressOf(c: Context<AppEnv>) {
  const token = tokenOf(c);
  if (!token) return { refused: problemPage(c, { problem: "unknown" }) } as const;
  const progress = await loadProgress(c.var.deps.db, token);
  if (!progress.ok) return { refused: problemPage(c, progress) } as const;
  speakFor(c, progress.value.respondent.orgType);
  c.set("t", inRegister(c.var.t, progress.value.respondent.group));
  return { refused: null, token, ...progress.value, ...questionnaireOf(progress.value.respondent) } as const;
}

async function reviewPage(c: Context<AppEnv>, error: boolean) {
  const p = await progressOf(c);
  if (p.refused) return p.refused;
  const view = (
    <ReviewPage
      {...pageProps(c)}
      token={p.token}
      progress={answerProgress(p.pages, p.answers)}
      pages={p.pages.length}
      error={error}
    />
  );
  return renderPage(c, { title: c.var.t("measure.answer.review.title"), children: view }, error ? 422 : 200);
}

export const answerRoutes = new Hono<AppEnv>()
  .get("/thanks", (c) => {
    const { t } = c.var;
    const page = <MessagePage title={t("measure.answer.thanks.title")} body={t("measure.answer.thanks.body")} />;
    return renderPage(c, { title: t("measure.answer.thanks.title"), children: page });
  })
  .get("/open/:openToken", async (c) => {
    const openToken = tokenOf(c, "openToken");
    if (!openToken) return problemPage(c, { problem: "unknown" });
    const info = await openLinkInfo(c.var.deps.db, openToken);
    if (!info.ok) return problemPage(c, info);
    const m = info.value;
    speakFor(c, m.orgType);
    c.set("t", inRegister(c.var.t, m.group));
    const { t } = c.var;
    const audience = audienceLabel(t, m);
    const page = (
      <OpenLinkPage
        t={t}
        csrf={c.var.csrfToken}
        openToken={openToken}
        title={m.title}
        org={m.orgName}
        audience={audience}
      />
    );
    return renderPage(c, { title: m.title, children: page });
  })
  .post("/open/:openToken", async (c) => {
    const openToken = tokenOf(c, "openToken");
    if (!openToken) return problemPage(c, { problem: "unknown" });
    const { db, config } = c.var.deps;
    const info = await openLinkInfo(db, openToken);
    if (!info.ok) return problemPage(c, info);
    const tooOften = await countStart(c, openToken, info.value.room);
    if (tooOften) return tooOften;
    const ticket = ticketOfForm(config.SECRET_KEY, { openToken, csrf: c.var.csrfToken, once: await formTokenOf(c) });
    const started = await startFromOpenLink(db, openToken, ticket);
    return started.ok ? c.redirect(`/m/${started.value}`, 303) : problemPage(c, started);
  })
  .get("/:token", async (c) => {
    const p = await progressOf(c);
    if (p.refused) return p.refused;
    const { respondent } = p;
    const view = (
      <IntroPage
        t={c.var.t}
        locale={c.var.locale}
        token={p.token}
        title={respondent.title}
        org={respondent.orgName}
        intro={p.questionnaire.intro}
        savedPage={p.page}
        pages={p.pages.length}
      />
    );
    return renderPage(c, { title: respondent.title, children: view });
  })
  .get("/:token/send", (c) => reviewPage(c, false))
  .post("/:token/send", async (c) => {
    const token = tokenOf(c);
    if (!token) return problemPage(c, { problem: "unknown" });
    const sent = await submitAnswers(c.var.deps.db, c.var.deps.config, token);
    if (sent.ok) return c.redirect("/m/thanks", 303);
    return sent.problem === "empty" ? reviewPage(c, true) : problemPage(c, sent);
  })
  .get("/:token/:page{[0-9]+}", async (c) => {
    const p = await progressOf(c);
    if (p.refused) return p.refused;
    const page = p.pages[Number(c.req.param("page")) - 1];
    if (!page) return problemPage(c, { problem: "unknown", orgType: p.respondent.orgType });
    const view = (
      <AnswerPage
        {...pageProps(c)}
        token={p.token}
        page={page}
        pages={p.pages.length}
        questionnaire={p.questionnaire}
        answers={p.answers}
      />
    );
    return renderPage(c, { title: `${page.number} · ${p.respondent.title}`, children: view });
  })
  .get("/:token/all", (c) => allPagesPage(c, { saved: c.req.query("saved") === "1", error: false }))
  .post("/:token/all", async (c) => {
    const token = tokenOf(c);
    if (!token) return problemPage(c, { problem: "unknown" });
    const { go, ...body } = await c.req.parseBody({ all: true });
    const here = `/m/${token}/all`;
    if (go !== "save" && go !== "send") return problemPage(c, { problem: "tampered" }, here);
    const result = await saveAllPages(c.var.deps.db, c.var.deps.config, token, body, go === "send");
    if (result.ok) return c.redirect(go === "send" ? "/m/thanks" : `${here}?saved=1`, 303);
    if (result.problem === "empty") return allPagesPage(c, { saved: false, error: true });
    return problemPage(c, result, result.problem === "tampered" ? here : undefined);
  })
  .post("/:token/:page{[0-9]+}", async (c) => {
    const token = tokenOf(c);
    if (!token) return problemPage(c, { problem: "unknown" });
    const number = Number(c.req.param("page"));
    const { go = "next", ...body } = await c.req.parseBody({ all: true });
    const here = `/m/${token}/${number}`;
    if (go !== "next" && go !== "previous") return problemPage(c, { problem: "tampered" }, here);
    const saved = await savePage(c.var.deps.db, token, number, body);
    if (!saved.ok) return problemPage(c, saved, saved.problem === "tampered" ? here : undefined);
    if (go === "previous") return c.redirect(`/m/${token}/${Math.max(1, number - 1)}`, 303);
    return c.redirect(number < saved.value ? `/m/${token}/${number + 1}` : `/m/${token}/send`, 303);
  });

/**
 * Counts a start from an open link per link and client address (rate_limits, so it holds across
 * processes): a class on one school network starts each pupil's link, twice over, within the
 * hour. Past that, 429 with when to try again. The count is its own statement, never in the
 * transaction that makes the personal link, and its key is keyed with SECRET_KEY: the database
 * holds no address beside a link's start (docs/measurement-anonymity.md, section 4, Open links).
 */
async function countStart(c: Context<AppEnv>, openToken: string, room: OpenLinkRoom) {
  const { db, config } = c.var.deps;
  const address = keyedDigest(config.SECRET_KEY, `${openToken}:${clientIp(c)}`, "base64url");
  const wait = await countAttempt(db, { key: `open-link:${address}`, limit: startsPerHour(room), windowSeconds: 3600 });
  if (!wait) return null;
  const { t } = c.var;
  c.header("Retry-After", String(wait));
  const body = t("measure.link.tooOften.body", { minutes: Math.ceil(wait / 60) });
  const page = <MessagePage title={t("measure.link.tooOften.title")} body={body} />;
  return renderPage(c, { title: t("measure.link.tooOften.title"), children: page }, 429);
}

/** Every page in one form; after sending with nothing answered, with the message that says so. */
async function allPagesPage(c: Context<AppEnv>, state: { saved: boolean; error: boolean }) {
  const p = await progressOf(c);
  if (p.refused) return p.refused;
  const view = (
    <AllPagesPage
      {...pageProps(c)}
      token={p.token}
      title={p.respondent.title}
      pages={p.pages}
      questionnaire={p.questionnaire}
      answers={p.answers}
      {...state}
    />
  );
  return renderPage(c, { title: p.respondent.title, children: view }, state.error ? 422 : 200);
}
