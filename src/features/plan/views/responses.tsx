/** Parents' responses to the published plan, for staff: what about, who, when, and the answer (leaders answer here). */
import { formatMoment } from "../../../lib/time/format.js";
import { Form, TextArea } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import type { PlanSnapshot } from "../domain/snapshot.js";
import type { PlanResponse } from "../service/responses.js";
import type { PlanBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

export interface AnswerFormState {
  responseId: string;
  values: FormValues;
  errors: FormErrors;
}

/** What a response is about, by the title it had in the plan as it is now; a removed one says so. */
function subjectOf(props: PlanBase & { plan: PlanSnapshot }, r: PlanResponse): string {
  const { t, plan } = props;
  const item =
    r.subjectKind === "goal"
      ? plan.goals.find((g) => g.id === r.subjectId)
      : plan.actions.find((a) => a.id === r.subjectId);
  return item ? t(`plan.response.about.${r.subjectKind}`, { title: item.title }) : t("plan.response.aboutRemoved");
}

export function ResponsesPage(
  props: PlanBase & { plan: PlanSnapshot; responses: PlanResponse[]; form: AnswerFormState | null },
) {
  const { t, locale, csrf, edits, responses, form } = props;
  return (
    <>
      <BackLink href="/plan" label={t("plan.back")} />
      <h1>{t("plan.responses.title")}</h1>
      {responses.length === 0 ? <p>{t("plan.responses.none")}</p> : null}
      {responses.map((r) => {
        const posted = form?.responseId === r.id ? form : null;
        const field = `answer-${r.id}`;
        return (
          <article class="card" id={`response-${r.id}`}>
            <h2 class="h3">{subjectOf(props, r)}</h2>
            <p class="muted">
              {t("plan.response.by", { name: r.authorName, date: formatMoment(locale, r.createdAt) })}
            </p>
            <p>{r.body}</p>
            {r.answer !== null ? (
              <p>
                <strong>{t("plan.response.answer")}</strong> {r.answer}
              </p>
            ) : null}
            {edits ? (
              <Form action={`/plan/responses/${r.id}/answer`} csrf={csrf}>
                <TextArea
                  name={field}
                  label={t(r.answer === null ? "plan.answer.field" : "plan.answer.change")}
                  maxlength={1000}
                  value={posted?.values[field] ?? r.answer ?? ""}
                  error={posted?.errors.answer}
                />
                <button type="submit">{t("plan.answer.submit")}</button>
              </Form>
            ) : null}
          </article>
        );
      })}
    </>
  );
}
