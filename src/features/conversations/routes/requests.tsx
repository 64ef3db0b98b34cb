/**
 * Conversations on request under /conversations/requests: the list, asking for one, and the
 * steps on one request. A refused step comes back as the page with the reason in words.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow } from "../../../web/guards.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { canAskConversations } from "../policy.js";
import { acceptForm, askForm, proposeForm, setTimeForm } from "../request-schemas.js";
import { askChoices } from "../service/request-choices.js";
import {
  acceptTime,
  cancelRequest,
  markHeld,
  proposeTimes,
  setTime,
  type StepOutcome,
  type StepScope,
} from "../service/request-steps.js";
import { askForConversation, listMyRequests, requestDetail } from "../service/requests.js";
import { AskPage, RequestsPage } from "../views/requests.js";
import { RequestPage } from "../views/request.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { confirmCancel, messengerOf } from "./context.js";

const parentsAndTeachers = allow(canAskConversations);

type Status = 200 | 403 | 409 | 422;

async function askPage(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FormErrors } = {},
  problem?: string,
  status?: Status,
) {
  const choices = await askChoices(scopeOf(c));
  const page = <AskPage {...pageProps(c)} choices={choices} {...form} problem={problem} />;
  const answered = status ?? (form.errors ? 422 : 200);
  return renderPage(c, { title: c.var.t("conversations.requests.new"), children: page }, answered);
}

async function requestPage(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FormErrors } = {},
  problem?: string,
  status: Status = 200,
) {
  const detail = await requestDetail({ ...scopeOf(c), requestId: pathId(c, "requestId") });
  const page = <RequestPage {...pageProps(c)} now={new Date()} detail={detail} {...form} problem={problem} />;
  return renderPage(c, { title: c.var.t("conversations.requests.title"), children: page }, form.errors ? 422 : status);
}

function stepScopeOf(c: Context<AppEnv>): StepScope {
  return { ...scopeOf(c), requestId: pathId(c, "requestId"), now: new Date(), messenger: messengerOf(c) };
}

/** The page of the request in the path. */
const requestPathOf = (c: Context<AppEnv>) => `/conversations/requests/${pathId(c, "requestId")}`;

/** A step's outcome: back to the request with a confirmation, or the page with the refusal (409). */
function answer(c: Context<AppEnv>, outcome: StepOutcome, flash: MessageKey) {
  if (outcome.ok) return redirectWithFlash(c, requestPathOf(c), flash);
  return requestPage(c, {}, c.var.t(outcome.key), refusalStatus(outcome));
}

export const requestRoutes = new Hono<AppEnv>()
  .get("/", parentsAndTeachers, async (c) => {
    const page = <RequestsPage {...pageProps(c)} rows={await listMyRequests(scopeOf(c))} />;
    return renderPage(c, { title: c.var.t("conversations.requests.title"), children: page });
  })
  .get("/new", parentsAndTeachers, (c) => askPage(c))
  .post("/", parentsAndTeachers, async (c) => {
    const form = await parseForm(c, askForm);
    if (!form.ok) return askPage(c, form);
    const made = await oncePerForm(c, async (db) => {
      const outcome = await askForConversation({ ...scopeOf(c), db, form: form.data, messenger: messengerOf(c) });
      return outcome.ok ? `/conversations/requests/${outcome.id}` : outcome;
    });
    if (typeof made === "string") return redirectWithFlash(c, made, "conversations.requests.asked");
    // A refusal about one field (a teacher of another group) stands at that field, with what was entered.
    const errors = made.field ? formErrorsOf(c, made) : undefined;
    return askPage(c, { values: form.values, errors }, errors ? undefined : c.var.t(made.key), refusalStatus(made));
  })
  .get("/:requestId", parentsAndTeachers, (c) => requestPage(c))
  .post("/:requestId/propose", parentsAndTeachers, async (c) => {
    const form = await parseForm(c, proposeForm);
    if (!form.ok) return requestPage(c, form);
    // Once per form (decision 007): sent again, it neither replaces the times nor mails the other side again.
    const done = await oncePerForm(c, async (db) => {
      const proposed = await proposeTimes({ ...stepScopeOf(c), db, times: form.data });
      return proposed.ok ? requestPathOf(c) : proposed;
    });
    return answer(c, typeof done === "string" ? { ok: true } : done, "conversations.requests.proposedDone");
  })
  .post("/:requestId/accept", parentsAndTeachers, async (c) => {
    const form = await parseForm(c, acceptForm);
    if (!form.ok) return requestPage(c, {}, c.var.t("conversations.requests.refusal.unknownTime"), 422);
    return answer(
      c,
      await acceptTime({ ...stepScopeOf(c), timeId: form.data.timeId }),
      "conversations.requests.scheduledDone",
    );
  })
  .post("/:requestId/set", parentsAndTeachers, async (c) => {
    const form = await parseForm(c, setTimeForm);
    if (!form.ok) return requestPage(c, form);
    return answer(c, await setTime({ ...stepScopeOf(c), time: form.data }), "conversations.requests.scheduledDone");
  })
  .get("/:requestId/cancel", parentsAndTeachers, async (c) => {
    const { t } = c.var;
    const { request, childName, teacherName } = await requestDetail({
      ...scopeOf(c),
      requestId: pathId(c, "requestId"),
    });
    const base = `/conversations/requests/${request.id}`;
    return confirmCancel(
      c,
      { ...request, pupilName: childName, teacherName },
      {
        action: `${base}/cancel`,
        consequence: t("conversations.requests.cancelConsequence"),
        submit: t("conversations.requests.cancelSubmit"),
        back: { href: base, label: t("conversations.requests.cancelBack") },
      },
    );
  })
  .post("/:requestId/cancel", parentsAndTeachers, async (c) =>
    answer(c, await cancelRequest(stepScopeOf(c)), "conversations.requests.cancelledDone"),
  )
  .post("/:requestId/held", parentsAndTeachers, async (c) =>
    answer(c, await markHeld(stepScopeOf(c)), "conversations.requests.heldDone"),
  );
