/** The editors' pages: every question and guide, and the form to write or change one. */
import type { AdviceItem } from "../../../db/schema/index.js";
import { ADVICE_BODY_MAX } from "../../../db/schema/index.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Checkbox, ErrorSummary, Field, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { TOPICS } from "../domain/topics.js";
import type { FormState } from "./sparring.js";
import { Problem } from "../../../web/components/problem.js";
import { PageHead } from "../../../web/components/page-head.js";
import { ActionLink } from "../../../web/components/action-link.js";

export function ManageList({ t, items }: { t: Translate; items: AdviceItem[] }) {
  return (
    <>
      <PageHead back={{ href: "/advice", label: t("advice.back") }} title={t("advice.manage.title")} />
      <ActionLink href="/advice/manage/new" label={t("advice.manage.new")} />
      <DataTable
        t={t}
        caption={t("advice.manage.title")}
        rows={items}
        empty={t("advice.faq.empty")}
        columns={[
          {
            label: t("advice.field.titleNl"),
            cell: (i) => (
              <>
                <a href={`/advice/manage/${i.slug}`}>{i.titleNl}</a> {i.published ? null : t("advice.manage.hidden")}
              </>
            ),
          },
          { label: t("advice.field.kind"), cell: (i) => t(`advice.kind.${i.kind as "faq" | "guide"}`) },
          {
            label: t("advice.field.topic"),
            cell: (i) => (i.topic ? t(`advice.topic.${i.topic as (typeof TOPICS)[number]}`) : "—"),
          },
          {
            label: t("advice.helpful.question"),
            cell: (i) => t("advice.manage.helpful", { yes: i.helpfulYes, no: i.helpfulNo }),
          },
        ]}
      />
    </>
  );
}

export function ItemFormPage(props: {
  t: Translate;
  csrf: string;
  slug: string | null;
  title: string;
  form: FormState;
  problem?: string | undefined;
}) {
  const { t, csrf, slug, form } = props;
  const field = formFields(form.values, form.errors);
  const action = slug ? `/advice/manage/${slug}` : "/advice/manage";
  return (
    <>
      <PageHead back={{ href: "/advice/manage", label: t("advice.manage.title") }} title={props.title} />
      <Problem message={props.problem} />
      <Form action={action} csrf={csrf}>
        <ErrorSummary t={t} errors={form.errors} />
        <Select
          {...field("kind")}
          label={t("advice.field.kind")}
          options={(["faq", "guide"] as const).map((k) => ({ value: k, label: t(`advice.kind.${k}`) }))}
        />
        <Field {...field("slug")} label={t("advice.field.slug")} hint={t("advice.field.slug.hint")} required />
        <Select
          {...field("topic")}
          label={t("advice.field.topic")}
          options={[
            { value: "", label: "—" },
            ...TOPICS.map((topic) => ({ value: topic, label: t(`advice.topic.${topic}`) })),
          ]}
        />
        <Field {...field("titleNl")} label={t("advice.field.titleNl")} required />
        <TextArea
          {...field("bodyNl")}
          label={t("advice.field.bodyNl")}
          hint={t("advice.field.body.hint")}
          maxlength={ADVICE_BODY_MAX}
          rows={10}
        />
        <Field {...field("titleEn")} label={t("advice.field.titleEn")} required />
        <TextArea
          {...field("bodyEn")}
          label={t("advice.field.bodyEn")}
          hint={t("advice.field.body.hint")}
          maxlength={ADVICE_BODY_MAX}
          rows={10}
        />
        <Field {...field("position")} label={t("advice.field.position")} inputmode="numeric" />
        <Checkbox name="published" label={t("advice.field.published")} checked={form.values.published === "on"} />
        <button type="submit">{t("advice.manage.save")}</button>
      </Form>
      {slug ? (
        <Form action={`/advice/manage/${slug}/delete`} csrf={csrf}>
          <p>{t("advice.manage.deleteConfirm")}</p>
          <button type="submit" class="secondary">
            {t("advice.manage.delete")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
