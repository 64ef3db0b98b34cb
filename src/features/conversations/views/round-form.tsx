/**
 * The form staff create a round with (kind, groups, slot length and breaks, the booking times,
 * the reminder) and later change it with: editing leaves out what is fixed once a round exists.
 */
import { conversationKind, conversationMode } from "../../../db/schema/index.js";
import { ErrorSummary, Field, Form, formFields, Select } from "../../../web/components/forms.js";
import type { GroupChoice } from "../service/rounds.js";
import { CheckboxGroup, type FormState, type ViewProps } from "./common.js";

interface RoundFormProps extends ViewProps, FormState {
  groups: GroupChoice[];
  checkedGroups: readonly string[];
  /** Editing this round: no kind, mode, groups or guardians setting. */
  editing?: { id: string; name: string } | undefined;
}

export function RoundFormPage(props: RoundFormProps) {
  const { t, csrf, editing, values = {}, errors = {} } = props;
  const field = formFields(values, errors);
  const number = (name: string, label: string, hint?: string) => (
    <Field {...field(name)} label={label} hint={hint} type="number" inputmode="numeric" />
  );
  const moment = (name: string, label: string) => (
    <Field {...field(name)} label={label} hint={t("conversations.form.dateTimeHint")} type="datetime-local" required />
  );
  return (
    <section class="narrow">
      {editing ? (
        <p>
          <a href={`/conversations/rounds/${editing.id}`}>{editing.name}</a>
        </p>
      ) : null}
      <h1>{t(editing ? "conversations.edit.title" : "conversations.form.title")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action={editing ? `/conversations/rounds/${editing.id}/edit` : "/conversations/rounds"} csrf={csrf}>
        <Field
          {...field("name")}
          label={t("conversations.form.name")}
          hint={t("conversations.form.nameHint")}
          required
        />
        {editing ? null : <FixedFields {...props} />}
        {number("slotMinutes", t("conversations.form.slotMinutes"))}
        {number("breakEverySlots", t("conversations.form.breakEverySlots"))}
        {number("breakMinutes", t("conversations.form.breakMinutes"))}
        {number("bufferMinutes", t("conversations.form.bufferMinutes"), t("conversations.form.bufferHint"))}
        {number("toleranceMinutes", t("conversations.form.toleranceMinutes"))}
        {moment("opensAt", t("conversations.form.opensAt"))}
        {moment("closesAt", t("conversations.form.closesAt"))}
        {moment("changeDeadline", t("conversations.form.changeDeadline"))}
        {number("reminderHours", t("conversations.form.reminderHours"), t("conversations.form.reminderHint"))}
        {editing ? null : (
          <div class="field checkbox">
            <input
              type="checkbox"
              id="field-separateGuardianBookings"
              name="separateGuardianBookings"
              value="on"
              checked={values.separateGuardianBookings === "on"}
            />
            <label for="field-separateGuardianBookings">{t("conversations.form.separate")}</label>
          </div>
        )}
        <button type="submit">{t(editing ? "conversations.edit.submit" : "conversations.form.submit")}</button>
      </Form>
    </section>
  );
}

/** Kind, mode and groups: chosen when the round is made, fixed afterwards (bookings depend on them). */
function FixedFields({ t, groups, checkedGroups, values = {}, errors = {} }: RoundFormProps) {
  const field = formFields(values, errors);
  return (
    <>
      <Select
        {...field("kind")}
        label={t("conversations.form.kind")}
        options={conversationKind.enumValues.map((kind) => ({ value: kind, label: t(`conversations.kind.${kind}`) }))}
      />
      <Select
        {...field("mode")}
        label={t("conversations.form.mode")}
        options={conversationMode.enumValues.map((mode) => ({ value: mode, label: t(`conversations.mode.${mode}`) }))}
      />
      <CheckboxGroup
        name="groupIds"
        legend={t("conversations.form.groups")}
        options={groups.map((g) => ({ value: g.id, label: `${g.name} (${g.schoolYear})` }))}
        checked={checkedGroups}
        error={errors.groupIds}
      />
    </>
  );
}
