/**
 * Answering a panel survey: by the personal link of the invitation mail (/panel/p/<token>, no
 * sign-in needed), or signed in as a member from their page (/panel/vragenlijst/<id>). Either
 * way only a member drawn for the survey answers, once; anyone else is refused and nothing is
 * stored.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { renderPage } from "../../../web/layout.js";
import { pageProps, pathId } from "../../../web/route-context.js";
import type { Outcome } from "../../../web/outcome.js";
import { readCustomAnswers } from "../../measurements/index.js";
import { tokenSchema } from "../schemas.js";
import { invitationByToken, invitationOfMember, submitAnswers, type Invitation } from "../service/surveys.js";
import { MessagePage } from "../views/member.js";
import { questionPageOf, SurveyAnswerPage } from "../views/answer.js";
import { currentMember } from "./member.js";

function tokenOf(c: Context<AppEnv>): string {
  const token = tokenSchema.safeParse(c.req.param("token"));
  if (!token.success) throw new NotFoundError("panel invitation");
  return token.data;
}

function message(c: Context<AppEnv>, text: string, status: 200 | 403 | 409 | 422 = 200) {
  const title = c.var.t("panel.title");
  return renderPage(
    c,
    {
      title,
      children: (
        <MessagePage title={title}>
          <p role={status === 200 ? "status" : "alert"}>{text}</p>
        </MessagePage>
      ),
    },
    status,
  );
}

function form(c: Context<AppEnv>, invitation: Invitation, action: string, error?: string) {
  if (invitation.responded) return message(c, c.var.t("panel.answer.already"), 409);
  const page = <SurveyAnswerPage {...pageProps(c)} survey={invitation.survey} action={action} error={error} />;
  return renderPage(c, { title: invitation.survey.title[c.var.locale], children: page }, error ? 422 : 200);
}

async function answer(c: Context<AppEnv>, found: Outcome<{ invitation: Invitation }>, action: string) {
  if (!found.ok) return message(c, formErrorsOf(c, found)["_form"]!, refusalStatus(found));
  const { invitation } = found;
  if (invitation.responded) return message(c, c.var.t("panel.answer.already"), 409);
  const answers = readCustomAnswers(questionPageOf(invitation.survey), await c.req.parseBody({ all: true }));
  if (!answers) return form(c, invitation, action, c.var.t("panel.answer.changed"));
  if (Object.keys(answers).length === 0) return form(c, invitation, action, c.var.t("panel.answer.empty"));
  const sent = await submitAnswers(c.var.deps, { invitationId: invitation.id, answers });
  if (!sent.ok) return message(c, formErrorsOf(c, sent)["_form"]!, refusalStatus(sent));
  return message(c, c.var.t("panel.answer.thanks"));
}

export const answerRoutes = new Hono<AppEnv>()
  .get("/panel/p/:token", async (c) => {
    const found = await invitationByToken(c.var.deps.db, tokenOf(c));
    if (!found.ok) return message(c, formErrorsOf(c, found)["_form"]!, refusalStatus(found));
    return form(c, found.invitation, `/panel/p/${tokenOf(c)}`);
  })
  .post("/panel/p/:token", async (c) =>
    answer(c, await invitationByToken(c.var.deps.db, tokenOf(c)), `/panel/p/${tokenOf(c)}`),
  )
  .get("/panel/vragenlijst/:survey", async (c) => {
    const member = await currentMember(c);
    if (!member) return message(c, c.var.t("panel.needSignIn"), 403);
    const found = await invitationOfMember(c.var.deps.db, member.id, pathId(c, "survey"));
    if (!found.ok) return message(c, formErrorsOf(c, found)["_form"]!, refusalStatus(found));
    return form(c, found.invitation, `/panel/vragenlijst/${found.invitation.survey.id}`);
  })
  .post("/panel/vragenlijst/:survey", async (c) => {
    const member = await currentMember(c);
    if (!member) return message(c, c.var.t("panel.needSignIn"), 403);
    const surveyId = pathId(c, "survey");
    return answer(c, await invitationOfMember(c.var.deps.db, member.id, surveyId), `/panel/vragenlijst/${surveyId}`);
  });
