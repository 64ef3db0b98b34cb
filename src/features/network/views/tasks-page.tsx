/**
 * Volunteer tasks (hulpouders): the tasks still to come with places left, and for staff the form
 * for a new task (date and time, place, number of people needed, groups asked, what is expected).
 */
import { ErrorSummary, Field, Form, TextArea, formFields } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { WhenAndWhere, type EventState } from "../../events/index.js";
import type { TaskSummary } from "../service/tasks.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";
import { CheckboxGroup } from "../../../web/components/checkbox-group.js";
import { Section } from "../../../web/components/section.js";

export function placesText(t: Translate, event: EventState): string {
  if (event.placesLeft === null) return t("network.task.open");
  // The waiting list is offered only to a parent who is not on the task yet.
  if (event.placesLeft === 0)
    return t(event.waitingList && event.mine === null ? "network.task.fullWaiting" : "network.task.full");
  return event.placesLeft === 1
    ? t("network.task.placeLeft")
    : t("network.task.placesLeft", { count: event.placesLeft });
}

export interface TaskFormState {
  values: FormValues;
  groupIds: string[];
  errors: FormErrors;
}

export function TasksPage({
  t,
  locale,
  csrf,
  tasks,
  staff,
}: PageBase & {
  tasks: TaskSummary[];
  /** For staff: the current groups and the form's state. */
  staff: { groups: { id: string; name: string }[]; form: TaskFormState } | null;
}) {
  return (
    <>
      <BackLink href="/network" label={t("network.back")} />
      <h1>{t("network.tasks.title")}</h1>
      <p>{t(staff ? "network.tasks.introStaff" : "network.tasks.intro")}</p>
      {tasks.length ? (
        <ul class="cards">
          {tasks.map((task) => (
            <li class="card">
              <h2>
                <a href={`/network/tasks/${task.id}`}>{task.title}</a>
              </h2>
              <p>
                <WhenAndWhere t={t} locale={locale} event={task.event} />
                <br />
                {placesText(t, task.event)}
              </p>
              {task.event.mine !== null ? <p class="notice">{t("network.task.mine")}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("network.tasks.none")}</p>
      )}
      {staff ? <NewTaskForm t={t} locale={locale} csrf={csrf} {...staff} /> : null}
    </>
  );
}

function NewTaskForm({
  t,
  csrf,
  groups,
  form,
}: PageBase & { groups: { id: string; name: string }[]; form: TaskFormState }) {
  const field = formFields(form.values, form.errors);
  return (
    <Section id="new-task-title" title={t("network.tasks.new")}>
      <ErrorSummary t={t} errors={form.errors} />
      <Form action="/network/tasks" csrf={csrf}>
        <Field {...field("title")} label={t("network.task.title")} />
        <Field {...field("date")} label={t("network.task.date")} hint={t("network.task.dateHint")} />
        <Field {...field("startsAt")} label={t("network.task.startsAt")} hint={t("network.task.timeHint")} />
        <Field {...field("endsAt")} label={t("network.task.endsAt")} hint={t("network.task.timeHint")} />
        <Field {...field("place")} label={t("network.task.placeLabel")} />
        <Field {...field("needed")} label={t("network.task.needed")} inputmode="numeric" />
        <CheckboxGroup
          name="groupIds"
          legend={t("network.task.groups")}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
          checked={form.groupIds}
          error={form.errors.groupIds}
        />
        <TextArea {...field("expected")} label={t("network.task.expected")} maxlength={2000} rows={4} />
        <button type="submit">{t("network.tasks.create")}</button>
      </Form>
    </Section>
  );
}
