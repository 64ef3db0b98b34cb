/**
 * The published plan as parents read it, on a phone, without JavaScript: the plan of the
 * published version and, under each goal and action, the parent's own responses with the
 * school's answers and a form to respond. Staff see the same page without the forms.
 */
import { formatMoment } from "../../../lib/time/format.js";
import { Problem } from "../../../web/components/problem.js";
import { ErrorSummary, Form, TextArea } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import type { ReadablePlan } from "../service/reads.js";
import type { PlanResponse, Subject } from "../service/responses.js";
import { PlanDocument } from "./document.js";
import type { PlanBase } from "./props.js";

export interface ResponseFormState {
  /** The goal or action the posted form was for. */
  subjectId: string;
  values: FormValues;
  errors: FormErrors;
}

export interface ParentsPageProps extends PlanBase {
  /** The published version; null before the first publication. */
  published: ReadablePlan | null;
  /** This parent's own responses. */
  responses: PlanResponse[];
  responds: boolean;
  form: ResponseFormState | null;
}

function Responses(props: ParentsPageProps & { subject: Subject; id: string }) {
  const { t, locale, csrf, responses, form, subject, id } = props;
  const mine = responses.filter((r) => r.subjectId === id);
  const posted = form?.subjectId === id ? form : null;
  const field = `body-${id}`;
  // The page that shows an error comes back at this form (the fragment of its action), not at the
  // top of a long plan, where a parent on a phone would think the response was sent.
  const anchor = `respond-${subject}-${id}`;
  const error = posted?.errors.body ?? posted?.errors._form;
  return (
    <div class="plan-responses">
      {mine.map((r) => (
        <div class="card">
          <p>
            <strong>{t("plan.response.yours", { date: formatMoment(locale, r.createdAt) })}</strong> {r.body}
          </p>
          {r.answer !== null ? (
            <p>
              <strong>{t("plan.response.answer")}</strong> {r.answer}
            </p>
          ) : (
            <p class="muted">{t("plan.response.waiting")}</p>
          )}
        </div>
      ))}
      {props.responds ? (
        <details id={anchor} open={posted !== null}>
          <summary>{t("plan.response.open")}</summary>
          <ErrorSummary t={t} errors={{ [field]: posted ? error : undefined }} />
          <Form action={`/plan/for-parents/responses#${anchor}`} csrf={csrf}>
            <input type="hidden" name="subject" value={subject} />
            <input type="hidden" name="subjectId" value={id} />
            <TextArea
              name={field}
              label={t("plan.response.field")}
              hint={t("plan.response.hint")}
              maxlength={1000}
              value={posted?.values[field]}
              error={error}
            />
            <button type="submit">{t("plan.response.submit")}</button>
          </Form>
        </details>
      ) : null}
    </div>
  );
}

export function ParentsPage(props: ParentsPageProps) {
  const { t, locale, published } = props;
  return (
    <>
      <h1>{t("plan.parents.title")}</h1>
      <Problem message={published?.publishedAt ? undefined : props.form?.errors._form} />
      {!published?.publishedAt ? (
        <p>{t("plan.parents.notYet")}</p>
      ) : (
        <>
          <p>{t("plan.parents.intro", { date: formatMoment(locale, published.publishedAt) })}</p>
          <p class="no-print">
            <a href="/plan/print">{t("plan.print.link")}</a> · <a href="/plan/plan.pdf">{t("plan.pdf.link")}</a>
          </p>
          <PlanDocument
            t={t}
            locale={locale}
            plan={published.snapshot}
            today={published.today}
            ideas={published.ideas}
            afterGoal={(goal) => <Responses {...props} subject="goal" id={goal.id} />}
            afterAction={(action) => <Responses {...props} subject="action" id={action.id} />}
          />
        </>
      )}
    </>
  );
}
