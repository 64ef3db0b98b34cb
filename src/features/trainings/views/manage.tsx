/** The editors' pages: the trainings, a new one, and a training's dates with their participants. */
import type { Training, TrainingSession } from "../../../db/schema/index.js";
import { DataTable } from "../../../web/components/data-table.js";
import { ErrorSummary, Field, Form, formFields, TextArea } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { typedDate } from "../../../lib/time/dutch-date.js";
import { formatMoment, formatSlot } from "../../../lib/time/format.js";
import { utcToLocal } from "../../../lib/time/zone.js";
import type { FormValues } from "../../../web/validation.js";
import { titleIn, type TrainingView } from "../service/catalogue.js";
import type { Participant } from "../service/manage.js";
import type { FormState } from "./public.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

export function ManagePage(props: { t: Translate; locale: Locale; csrf: string; list: Training[]; form: FormState }) {
  const { t, locale, csrf, list, form } = props;
  const field = formFields(form.values, form.errors);
  return (
    <>
      <BackLink href="/trainings" label={t("trainings.back")} />
      <h1>{t("trainings.manage.title")}</h1>
      <ul>
        {list.map((training) => (
          <li>
            <a href={`/trainings/manage/${training.slug}`}>{titleIn(locale, training)}</a>
          </li>
        ))}
      </ul>
      <h2>{t("trainings.manage.new")}</h2>
      <Form action="/trainings/manage" csrf={csrf}>
        <ErrorSummary t={t} errors={form.errors} />
        <Field {...field("slug")} label={t("trainings.field.slug")} required />
        <TrainingTextFields t={t} form={form} />
        <button type="submit">{t("trainings.manage.new")}</button>
      </Form>
    </>
  );
}

/** A training's texts, for a new training and for editing one. */
function TrainingTextFields({ t, form }: { t: Translate; form: FormState }) {
  const field = formFields(form.values, form.errors);
  return (
    <>
      <Field {...field("titleNl")} label={t("trainings.field.titleNl")} required />
      <Field {...field("titleEn")} label={t("trainings.field.titleEn")} required />
      <Field {...field("audienceNl")} label={t("trainings.field.audienceNl")} />
      <Field {...field("audienceEn")} label={t("trainings.field.audienceEn")} />
      {(["Nl", "En"] as const).map((language) => (
        <TextArea
          {...field(`description${language}`)}
          label={t(`trainings.field.description${language}`)}
          hint={t("advice.field.body.hint")}
          maxlength={10000}
          rows={6}
        />
      ))}
    </>
  );
}

/** A date's time, place and capacity, for a new date and for changing one. */
function SessionFields({ t, form }: { t: Translate; form: FormState }) {
  const field = formFields(form.values, form.errors);
  return (
    <>
      <Field {...field("date")} label={t("trainings.field.date")} hint={t("trainings.field.date.hint")} required />
      <Field {...field("startsAt")} label={t("trainings.field.startsAt")} required />
      <Field {...field("endsAt")} label={t("trainings.field.endsAt")} required />
      <Field {...field("place")} label={t("trainings.field.place")} />
      <Field {...field("onlineUrl")} label={t("trainings.field.onlineUrl")} type="url" />
      <Field {...field("capacity")} label={t("trainings.field.capacity")} inputmode="numeric" required />
    </>
  );
}

/** The form values of a training as it is (for editing). */
export function trainingValues(training: Training): FormValues {
  const { titleNl, titleEn, audienceNl, audienceEn, descriptionNl, descriptionEn } = training;
  return { titleNl, titleEn, audienceNl, audienceEn, descriptionNl, descriptionEn };
}

/** The form values of a date as it is: day and times in school time, as editors type them. */
export function sessionValues(session: TrainingSession): FormValues {
  const start = utcToLocal(session.startsAt);
  return {
    date: typedDate(start.date),
    startsAt: start.time,
    endsAt: utcToLocal(session.endsAt).time,
    place: session.place,
    onlineUrl: session.onlineUrl,
    capacity: String(session.capacity),
  };
}

/** A button that deletes; the route asks first when people registered (a page of its own, no JavaScript). */
function DeleteButton({ csrf, action, label }: { csrf: string; action: string; label: string }) {
  return (
    <Form action={action} csrf={csrf}>
      <button type="submit" class="danger">
        {label}
      </button>
    </Form>
  );
}

export function TrainingEditPage(props: {
  t: Translate;
  locale: Locale;
  csrf: string;
  training: Training;
  form: FormState;
}) {
  const { t, locale, csrf, training, form } = props;
  const base = `/trainings/manage/${training.slug}`;
  return (
    <>
      <BackLink href={base} label={titleIn(locale, training)} />
      <h1>{t("trainings.manage.edit")}</h1>
      <Form action={`${base}/edit`} csrf={csrf}>
        <ErrorSummary t={t} errors={form.errors} />
        <TrainingTextFields t={t} form={form} />
        <button type="submit">{t("trainings.manage.save")}</button>
      </Form>
      <h2>{t("trainings.manage.delete")}</h2>
      <p>{t("trainings.manage.delete.hint")}</p>
      <DeleteButton csrf={csrf} action={`${base}/delete`} label={t("trainings.manage.delete")} />
    </>
  );
}

export function SessionEditPage(props: {
  t: Translate;
  locale: Locale;
  csrf: string;
  training: Training;
  session: TrainingSession;
  form: FormState;
}) {
  const { t, locale, csrf, training, session, form } = props;
  const base = `/trainings/manage/${training.slug}`;
  return (
    <>
      <BackLink href={base} label={titleIn(locale, training)} />
      <h1>{t("trainings.manage.editSession", { when: formatSlot(locale, session.startsAt, session.endsAt) })}</h1>
      <p>{t("trainings.manage.editSession.hint")}</p>
      <Form action={`${base}/sessions/${session.id}`} csrf={csrf}>
        <ErrorSummary t={t} errors={form.errors} />
        <SessionFields t={t} form={form} />
        <button type="submit">{t("trainings.manage.save")}</button>
      </Form>
      <h2>{t("trainings.manage.deleteSession")}</h2>
      <DeleteButton
        csrf={csrf}
        action={`${base}/sessions/${session.id}/delete`}
        label={t("trainings.manage.deleteSession")}
      />
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
  return (
    <>
      <BackLink href="/trainings/manage" label={t("trainings.manage.title")} />
      <h1>{training.title}</h1>
      <p>
        <a href={`/trainings/manage/${training.slug}/edit`}>{t("trainings.manage.edit")}</a>
      </p>
      {training.sessions.map((session) => (
        <Section id={`session-${session.id}`} title={formatSlot(locale, session.startsAt, session.endsAt)}>
          <p>
            {session.place || t("trainings.session.online")} ·{" "}
            {t("trainings.manage.counts", {
              placed: session.placed,
              capacity: session.capacity,
              waiting: session.waiting,
            })}
          </p>
          <p>
            <a href={`/trainings/manage/${training.slug}/sessions/${session.id}`}>
              {t("trainings.manage.editSession", { when: formatSlot(locale, session.startsAt, session.endsAt) })}
            </a>
          </p>
          <DataTable
            t={t}
            caption={t("trainings.manage.participants")}
            rows={participants.filter((p) => p.sessionId === session.id)}
            empty={t("trainings.manage.noParticipants")}
            columns={[
              { label: t("trainings.manage.participantName"), cell: (p) => p.name },
              { label: t("trainings.manage.participantEmail"), cell: (p) => p.email },
              { label: t("trainings.manage.participantSchool"), cell: (p) => p.school || "—" },
              { label: t("trainings.manage.state"), cell: (p) => t(`trainings.manage.state.${p.state}`) },
              {
                label: t("trainings.manage.confirmedAt"),
                cell: (p) => (p.confirmedAt ? formatMoment(locale, p.confirmedAt) : "—"),
              },
            ]}
          />
        </Section>
      ))}
      <h2>{t("trainings.manage.addSession")}</h2>
      <Form action={`/trainings/manage/${training.slug}/sessions`} csrf={csrf}>
        <ErrorSummary t={t} errors={form.errors} />
        <SessionFields t={t} form={form} />
        <button type="submit">{t("trainings.manage.addSession")}</button>
      </Form>
    </>
  );
}
