/** A goal's fields, and the page that edits or removes one goal. */
import { ErrorSummary, Field, Form, formFields, Select } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { domainIds, domainName } from "../../measurements/index.js";
import { baselineText } from "../domain/format.js";
import type { GoalSnapshot } from "../domain/snapshot.js";
import type { PlanBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

export const domainOptions = (props: PlanBase) =>
  domainIds.map((id) => ({ value: id, label: domainName(id, props.locale) }));

export function GoalFields(props: PlanBase & { values: FormValues; errors: FormErrors }) {
  const { t, values, errors } = props;
  const field = formFields(values, errors);
  return (
    <>
      <Select {...field("domain")} label={t("plan.field.domain")} options={domainOptions(props)} />
      <Field {...field("title")} label={t("plan.field.goalTitle")} />
    </>
  );
}

export function GoalPage(props: PlanBase & { goal: GoalSnapshot; values: FormValues; errors: FormErrors }) {
  const { t, locale, csrf, goal } = props;
  return (
    <>
      <BackLink href="/plan" label={t("plan.back")} />
      <h1>{t("plan.goal.editTitle")}</h1>
      {goal.baseline ? <p class="hint">{baselineText(t, locale, goal.baseline)}</p> : null}
      <ErrorSummary t={t} errors={props.errors} />
      <Form action={`/plan/goals/${goal.id}`} csrf={csrf}>
        <GoalFields {...props} />
        <button type="submit">{t("plan.goal.save")}</button>
      </Form>
      <Form action={`/plan/goals/${goal.id}/delete`} csrf={csrf}>
        <button type="submit" class="secondary">
          {t("plan.goal.remove")}
        </button>
      </Form>
    </>
  );
}
