/**
 * "Another time" in a round: a parent's note from the round's booking page, the teachers'
 * list of notes on their round, and the answer (a time booked in the round, or a message).
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { refusalStatus } from "../../../web/form-refusal.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { otherTimeAnswerForm, otherTimeForm } from "../request-schemas.js";
import { answerOtherTime, otherTimeToAnswer } from "../service/other-time-answer.js";
import { askOtherTime, otherTimeAsk, otherTimesOfRound } from "../service/other-times.js";
import { AnswerPage } from "../views/other-time-answer.js";
import { OtherTimePage, OtherTimesPage } from "../views/other-time.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { messengerOf, parentsOnly, staffOnly, staffScopeOf } from "./context.js";

type Form = { values?: FormValues; errors?: FormErrors };
type Status = 200 | 403 | 409 | 422;

async function askPage(c: Context<AppEnv>, form: Form = {}, problem?: string, status: Status = 200) {
  const roundId = pathId(c, "roundId");
  const { round, children, mine } = await otherTimeAsk({ ...scopeOf(c), roundId });
  const page = (
    <OtherTimePage {...pageProps(c)} round={round} pupils={children} mine={mine} {...form} problem={problem} />
  );
  return renderPage(c, { title: c.var.t("conversations.otherTime.title"), children: page }, form.errors ? 422 : status);
}

async function answerPage(c: Context<AppEnv>, form: Form = {}, problem?: string, status: Status = 200) {
  const { round, row } = await otherTimeToAnswer({ ...scopeOf(c), otherTimeId: pathId(c, "otherTimeId") });
  const page = <AnswerPage {...pageProps(c)} round={round} row={row} {...form} problem={problem} />;
  return renderPage(
    c,
    { title: c.var.t("conversations.otherTime.listTitle"), children: page },
    form.errors ? 422 : status,
  );
}

export const otherTimeRoutes = new Hono<AppEnv>()
  .get("/rounds/:roundId/other-time", parentsOnly, (c) => askPage(c))
  .post("/rounds/:roundId/other-time", parentsOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const form = await parseForm(c, otherTimeForm);
    if (!form.ok) return askPage(c, form);
    const made = await oncePerForm(c, async (db) => {
      const outcome = await askOtherTime({ ...scopeOf(c), db, roundId, ...form.data });
      return outcome.ok ? `/conversations/rounds/${roundId}/other-time` : outcome;
    });
    if (typeof made !== "string") return askPage(c, { values: form.values }, c.var.t(made.key), refusalStatus(made));
    return redirectWithFlash(c, made, "conversations.otherTime.sent");
  })
  .get("/rounds/:roundId/other-times", staffOnly, async (c) => {
    const data = await otherTimesOfRound({ ...staffScopeOf(c), roundId: pathId(c, "roundId") });
    const page = <OtherTimesPage {...pageProps(c)} {...data} />;
    return renderPage(c, { title: c.var.t("conversations.otherTime.listTitle"), children: page });
  })
  .get("/other-times/:otherTimeId", staffOnly, (c) => answerPage(c))
  .post("/other-times/:otherTimeId/answer", staffOnly, async (c) => {
    const form = await parseForm(c, otherTimeAnswerForm);
    if (!form.ok) return answerPage(c, form);
    const outcome = await answerOtherTime({
      ...scopeOf(c),
      otherTimeId: pathId(c, "otherTimeId"),
      time: form.data.time,
      message: form.data.message,
      now: new Date(),
      messenger: messengerOf(c),
    });
    if (!outcome.ok) return answerPage(c, { values: form.values }, c.var.t(outcome.key), refusalStatus(outcome));
    return redirectWithFlash(
      c,
      `/conversations/rounds/${outcome.roundId}/other-times`,
      "conversations.otherTime.answeredDone",
    );
  });
