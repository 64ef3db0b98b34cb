/** The trainings' public pages: the catalogue, a training with its dates and the form, and the pages of a mailed link. */
import { ErrorSummary, Field, Form, formFields, Select } from "../../../web/components/forms.js";
import { RichText } from "../../../web/components/rich-text.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import type { SessionView, TrainingView } from "../service/catalogue.js";
import { Problem } from "../../../web/components/problem.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

interface Base {
  t: Translate;
  locale: Locale;
}

export interface FormState {
  values: FormValues;
  errors: FormErrors;
}

function whereOf(t: Translate, session: Pick<SessionView, "place" | "online">): string {
  if (session.place && session.online) return `${session.place} / ${t("trainings.session.online")}`;
  return session.place || t("trainings.session.online");
}

function placesOf(t: Translate, session: SessionView): string {
  const free = session.capacity - session.placed;
  return free > 0 ? t("trainings.session.free", { n: free }) : t("trainings.session.full");
}

/** A training's dates with where and how many places are free, or a line that none are planned. */
function SessionList({ t, locale, sessions }: Base & { sessions: SessionView[] }) {
  if (!sessions.length) return <p>{t("trainings.noSessions")}</p>;
  return (
    <ul>
      {sessions.map((s) => (
        <li>
          {formatSlot(locale, s.startsAt, s.endsAt)}, {whereOf(t, s)}: {placesOf(t, s)}
        </li>
      ))}
    </ul>
  );
}

export function CataloguePage({ t, locale, list, editor }: Base & { list: TrainingView[]; editor: boolean }) {
  return (
    <>
      <h1>{t("trainings.title")}</h1>
      <p>{t("trainings.intro")}</p>
      {editor ? (
        <p>
          <a href="/trainings/manage">{t("trainings.manage.link")}</a>
        </p>
      ) : null}
      {list.length ? null : <p>{t("trainings.empty")}</p>}
      {list.map((training) => (
        <section class="card" aria-labelledby={`training-${training.slug}`}>
          <h2 id={`training-${training.slug}`}>
            <a href={`/trainings/${training.slug}`}>{training.title}</a>
          </h2>
          {training.audience ? <p>{t("trainings.for", { audience: training.audience })}</p> : null}
          <SessionList t={t} locale={locale} sessions={training.sessions} />
          <p>
            <a href={`/trainings/${training.slug}`}>{t("trainings.more")}</a>
          </p>
        </section>
      ))}
    </>
  );
}

export function TrainingPage(
  props: Base & { csrf: string; training: TrainingView; form: FormState; problem?: string | undefined },
) {
  const { t, locale, csrf, training, form } = props;
  const field = formFields(form.values, form.errors);
  // The date chosen at first: the first with a place free, not a full one whose waiting list a reader would not notice.
  const firstWithRoom = training.sessions.find((s) => s.capacity > s.placed);
  return (
    <>
      <BackLink href="/trainings" label={t("trainings.back")} />
      <h1>{training.title}</h1>
      {training.audience ? <p>{t("trainings.for", { audience: training.audience })}</p> : null}
      <RichText source={training.description} />
      <h2>{t("trainings.sessions")}</h2>
      <SessionList t={t} locale={locale} sessions={training.sessions} />
      {training.sessions.length ? (
        <Section id="register" title={t("trainings.register.title")}>
          <p>{t("trainings.register.intro")}</p>
          <Problem message={props.problem} />
          <Form action={`/trainings/${training.slug}/register`} csrf={csrf}>
            <ErrorSummary t={t} errors={form.errors} />
            <Select
              {...field("session", firstWithRoom?.id ?? "")}
              label={t("trainings.field.session")}
              options={[
                // All full: no date is chosen for the reader, who picks a waiting list knowingly.
                ...(firstWithRoom ? [] : [{ value: "", label: t("trainings.field.sessionChoose") }]),
                ...training.sessions.map((s) => ({
                  value: s.id,
                  label: `${formatSlot(locale, s.startsAt, s.endsAt)}, ${whereOf(t, s)} (${placesOf(t, s)})`,
                })),
              ]}
            />
            <Field {...field("name")} label={t("trainings.field.name")} autocomplete="name" required />
            <Field {...field("email")} label={t("trainings.field.email")} type="email" autocomplete="email" required />
            <Field {...field("school")} label={t("trainings.field.school")} autocomplete="organization" />
            <div class="visually-hidden" aria-hidden="true">
              <label for="field-website">{t("trainings.field.website")}</label>
              <input id="field-website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
            </div>
            <button type="submit">{t("trainings.register.submit")}</button>
          </Form>
        </Section>
      ) : null}
    </>
  );
}

export function MessagePage({ t, title, text, back }: { t: Translate; title: string; text: string; back?: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p role="status">{text}</p>
      <BackLink href={back ?? "/trainings"} label={t("trainings.back")} />
    </>
  );
}

/** A mailed link asks before it acts (a mail scanner that opens links changes nothing). */
export function LinkPage(props: {
  t: Translate;
  csrf: string;
  title: string;
  text: string;
  state?: string | undefined;
  action: string;
  submit: string;
}) {
  return (
    <>
      <h1>{props.title}</h1>
      {props.state ? <p>{props.state}</p> : null}
      <p>{props.text}</p>
      <Form action={props.action} csrf={props.csrf}>
        <button type="submit">{props.submit}</button>
      </Form>
    </>
  );
}
