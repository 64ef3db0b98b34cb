/**
 * A new action, or one to change: what, the domain it serves, the owner (school, parents,
 * together), the person responsible, the due date, its status and the ideas of the board it takes
 * up. Works without JavaScript: the ideas are checkboxes.
 */
import { ErrorSummary, Field, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { domainName } from "../../measurements/index.js";
import type { PlanIdea } from "../../ideas/index.js";
import { actionOwners, actionStatuses } from "../domain/snapshot.js";
import { domainOptions } from "./goal-form.js";
import type { PlanBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

export interface ActionFormState {
  values: FormValues;
  /** The ideas ticked (checkboxes send one value each). */
  ideas: string[];
  errors: FormErrors;
}

function IdeasFieldset({ t, locale, ideas, form }: PlanBase & { ideas: PlanIdea[]; form: ActionFormState }) {
  const error = form.errors.ideas;
  return (
    <FieldsetShell
      name="ideas"
      legend={t("plan.field.ideas")}
      hint={t(ideas.length ? "plan.field.ideasHint" : "plan.field.noIdeas")}
      error={error}
    >
      {ideas.map((idea, index) => {
        const id = index === 0 ? "field-ideas" : `field-ideas-${idea.id}`;
        return (
          <div class="checkbox">
            <input type="checkbox" id={id} name="ideas" value={idea.id} checked={form.ideas.includes(idea.id)} />
            <label for={id}>
              {idea.body} <span class="muted">({domainName(idea.domain, locale)})</span>
            </label>
          </div>
        );
      })}
    </FieldsetShell>
  );
}

export function ActionPage(props: PlanBase & { actionId: string | null; ideas: PlanIdea[]; form: ActionFormState }) {
  const { t, csrf, actionId, form } = props;
  const { values, errors } = form;
  const action = actionId ? `/plan/actions/${actionId}` : "/plan/actions";
  const field = formFields(values, errors);
  return (
    <>
      <BackLink href="/plan" label={t("plan.back")} />
      <h1>{t(actionId ? "plan.action.editTitle" : "plan.action.newTitle")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action={action} csrf={csrf}>
        <Field {...field("title")} label={t("plan.field.title")} required />
        <TextArea {...field("details")} label={t("plan.field.details")} maxlength={2000} />
        <Select {...field("domain")} label={t("plan.field.domain")} options={domainOptions(props)} />
        <Select
          {...field("owner")}
          label={t("plan.field.owner")}
          hint={t("plan.field.ownerHint")}
          options={actionOwners.map((o) => ({ value: o, label: t(`plan.owner.${o}`) }))}
        />
        <Field {...field("responsible")} label={t("plan.field.responsible")} hint={t("plan.field.responsibleHint")} />
        <Field {...field("dueOn")} type="date" label={t("plan.field.dueOn")} hint={t("plan.field.dueOnHint")} />
        <Select
          {...field("status", "planned")}
          label={t("plan.field.status")}
          options={actionStatuses.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))}
        />
        <IdeasFieldset {...props} />
        <button type="submit">{t(actionId ? "plan.action.save" : "plan.action.add")}</button>
      </Form>
      {actionId ? (
        <Form action={`/plan/actions/${actionId}/delete`} csrf={csrf}>
          <button type="submit" class="secondary">
            {t("plan.action.remove")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
