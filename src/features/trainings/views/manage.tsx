/** The editors' pages: the trainings, a new one, and a training's dates with their participants. */
import type { Training } from "../../../db/schema/index.js";
import { DataTable } from "../../../web/components/data-table.js";
import { ErrorSummary, Field, Form, formFields, TextArea } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatMoment, formatSlot } from "../../../lib/time/format.js";
import type { TrainingView } from "../service/catalogue.js";
import type { Participant } from "../service/manage.js";
import type { FormState } from "./public.js";

export function ManagePage({ t, csrf, list, form }: { t: Translate; csrf: string; list: Training[]; form: FormState }) {
  const field = formFields(form.values, form.errors);
  return (
    <>
      <p>
        <a href="/trainings">{t("trainings.back")}</a>
      </p>
      <h1>{t("trainings.manage.title")}</h1>
      <ul>
        {list.map((training) => (
          <li>
            <a href={`/trainings/manage/${training.slug}`}>{training.titleNl}</a>
          </li>
        ))}
      </ul>
      <h2>{t("trainings.manage.new")}</h2>
      <Form action="/trainings/manage" csrf={csrf}>
        <ErrorSummary title={t("form.errorSummary")} errors={form.errors} />
        <Field {...field("slug")} label={t("trainings.field.slug")} required />
        <Field {...field("titleNl")} label={t("trainings.field.titleNl")} required />
        <Field {...field("titleEn")} label={t("trainings.field.titleEn")} required />
        <Field {...field("audienceNl")} label={t("trainings.field.audienceNl")} />
        <Field {...field("audienceEn")} label={t("trainings.field.audienceEn")} />
        <TextArea
          {...field("descriptionNl")}
          label={t("trainings.field.descriptionNl")}
          hint={t("advice.field.body.hint")}
          maxlength={10000}
          rows={6}
        />
        <TextArea
          {...field("descriptionEn")}
          label={t("trainings.field.descriptionEn")}
          hint={t("advice.field.body.hint")}
          maxlength={10000}
          rows={6}
        />
        <button type="submit">{t("trainings.manage.new")}</button>
      </Form>
    </>
  );
}

export function TrainingManagePage(props: {
  t: Translate;
  locale: Locale;
  csrf: string;
  training: TrainingView;
  participants: Participant[];
  form: FormState;
}) {
  const { t, locale, csrf, training, participants, form } = props;
  const field = formFields(form.values, form.errors);
  return (
    <>
      <p>
        <a href="/trainings/manage">{t("trainings.manage.title")}</a>
      </p>
      <h1>{training.title}</h1>
      {training.sessions.map((session) => (
        <section aria-labelledby={`session-${session.id}`}>
          <h2 id={`session-${session.id}`}>{formatSlot(locale, session.startsAt, session.endsAt)}</h2>
          <p>
            {session.place || t("trainings.session.online")} ·{" "}
            {t("trainings.manage.counts", {
              placed: session.placed,
              capacity: session.capacity,
              waiting: session.waiting,
            })}
          </p>
          <DataTable
            t={t}
            caption={t("trainings.manage.participants")}
            rows={participants.filter((p) => p.sessionId === session.id)}
            empty={t("trainings.manage.noParticipants")}
            columns={[
              { label: t("trainings.field.name"), cell: (p) => p.name },
              { label: t("trainings.field.email"), cell: (p) => p.email },
              { label: t("trainings.field.school"), cell: (p) => p.school || "—" },
              { label: t("trainings.manage.state"), cell: (p) => t(`trainings.manage.state.${p.state}`) },
              {
                label: t("trainings.confirm.title"),
                cell: (p) => (p.confirmedAt ? formatMoment(locale, p.confirmedAt) : "—"),
              },
            ]}
          />
        </section>
      ))}
      <h2>{t("trainings.manage.addSession")}</h2>
      <Form action={`/trainings/manage/${training.slug}/sessions`} csrf={csrf}>
        <ErrorSummary title={t("form.errorSummary")} errors={form.errors} />
        <Field {...field("date")} label={t("trainings.field.date")} hint={t("trainings.field.date.hint")} required />
        <Field {...field("startsAt")} label={t("trainings.field.startsAt")} required />
        <Field {...field("endsAt")} label={t("trainings.field.endsAt")} required />
        <Field {...field("place")} label={t("trainings.field.place")} />
        <Field {...field("onlineUrl")} label={t("trainings.field.onlineUrl")} type="url" />
        <Field {...field("capacity")} label={t("trainings.field.capacity")} inputmode="numeric" required />
        <button type="submit">{t("trainings.manage.addSession")}</button>
      </Form>
    </>
  );
}
