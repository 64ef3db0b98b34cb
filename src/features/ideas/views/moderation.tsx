/** The school leader's and coordinator's forms under an idea: status, hide or show, merge. */
import { Field, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import type { FormState } from "../../../web/validation.js";
import { ideaStatuses, MAX_TEXT } from "../schemas.js";
import type { IdeaDetail } from "../service/reads.js";
import { ideaPath } from "./idea-card.js";
import { excerpt } from "../domain/excerpt.js";
import type { BoardBase } from "./props.js";
import { Section } from "../../../web/components/section.js";

export type ModerationState = FormState;

type Props = BoardBase & { detail: IdeaDetail; moderation: ModerationState };

function StatusForm({ t, csrf, detail, moderation }: Props) {
  const { idea } = detail;
  const { values, errors } = moderation;
  const field = formFields(values, errors);
  return (
    <Form action={`${ideaPath(idea.id)}/status`} csrf={csrf}>
      <Select
        {...field("status", idea.status)}
        label={t("ideas.status.field")}
        options={ideaStatuses.map((s) => ({ value: s, label: t(`ideas.status.${s}`) }))}
      />
      <TextArea
        {...field("note", idea.statusNote)}
        label={t("ideas.status.note")}
        hint={t("ideas.status.note.hint")}
        maxlength={MAX_TEXT}
      />
      <button type="submit">{t("ideas.status.submit")}</button>
    </Form>
  );
}

function HideForm({ t, csrf, detail, moderation }: Props) {
  const { idea } = detail;
  if (idea.hiddenReason !== null) {
    return (
      <Form action={`${ideaPath(idea.id)}/unhide`} csrf={csrf}>
        <button type="submit" class="secondary">
          {t("ideas.unhide.submit")}
        </button>
      </Form>
    );
  }
  const field = formFields(moderation.values, moderation.errors);
  return (
    <Form action={`${ideaPath(idea.id)}/hide`} csrf={csrf}>
      <Field {...field("reason")} label={t("ideas.hide.reason")} hint={t("ideas.hide.reason.hint")} />
      <button type="submit" class="secondary">
        {t("ideas.hide.submit")}
      </button>
    </Form>
  );
}

function MergeForm({ t, csrf, detail, moderation }: Props) {
  const { idea, mergeTargets } = detail;
  if (idea.mergedInto !== null || !mergeTargets.length) return null;
  const options = [
    { value: "", label: t("ideas.merge.choose") },
    ...mergeTargets.map((target) => ({ value: target.id, label: excerpt(target.body) })),
  ];
  const field = formFields(moderation.values, moderation.errors);
  return (
    <Form action={`${ideaPath(idea.id)}/merge`} csrf={csrf}>
      <Select {...field("into")} label={t("ideas.merge.into")} hint={t("ideas.merge.into.hint")} options={options} />
      <button type="submit" class="secondary">
        {t("ideas.merge.submit")}
      </button>
    </Form>
  );
}

export function ModerationForms(props: Props) {
  return (
    <Section id="moderate" title={props.t("ideas.moderate.title")}>
      <StatusForm {...props} />
      <HideForm {...props} />
      <MergeForm {...props} />
    </Section>
  );
}
