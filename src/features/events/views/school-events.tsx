/**
 * The school's own events: the list (staff: every event with its sign-ups; a parent: the events
 * they are invited to with their sign-up or place on the waiting list), the form staff create and
 * edit one with, and the event's page (details, sign-up or waiting list, topics; for staff the
 * sign-ups, the waiting list, attendance and the summary). Plain forms: no JavaScript needed.
 */
import { groupsInText } from "../../../web/group-name.js";
import { WhenAndWhere } from "./signup.js";
import type { Child } from "hono/jsx";
import { ErrorSummary, Field, Form, Select, TextArea, formFields } from "../../../web/components/forms.js";
import { RichText } from "../../../web/components/rich-text.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { formatSlot } from "../../../lib/time/format.js";
import { schoolEventKinds } from "../schemas.js";
import type { EventPageData, ListedEvent, SchoolEvent } from "../service/school-events.js";
import type { SignupList } from "../service/signup-list.js";
import { SignupListView } from "./signup-list.js";
import { SignupBox } from "./signup.js";
import { AudienceFields, type AudienceFormState } from "../../../web/components/audience-fields.js";
import { PageHead } from "../../../web/components/page-head.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";
import { ActionLink } from "../../../web/components/action-link.js";
import { Problem } from "../../../web/components/problem.js";

export interface EventsBase {
  t: Translate;
  locale: Locale;
  csrf: string;
  organiser: boolean;
}

const kindKey = (kind: SchoolEvent["kind"]) => `events.kind.${kind}` as const;

function Audience({ t, event }: { t: Translate; event: SchoolEvent }) {
  return (
    <>
      {event.wholeOrg
        ? t("events.audience.all")
        : t("events.audience.groups", { groups: groupsInText(t, event.groupNames) })}
    </>
  );
}

function EventLine(props: EventsBase & { event: ListedEvent }) {
  const { t, locale, event, organiser } = props;
  const { state } = event;
  const status = event.cancelled
    ? t("events.status.cancelled")
    : state.waitingPosition !== null
      ? t("events.status.waiting", { position: state.waitingPosition })
      : state.mine !== null
        ? t("events.status.signedUp", { people: state.mine })
        : null;
  return (
    <li>
      <a href={`/events/${event.id}`}>
        <strong>{event.title}</strong>
      </a>{" "}
      <span class="hint">({t(kindKey(event.kind))})</span>
      <br />
      {formatSlot(locale, event.startsAt, event.endsAt)}
      {event.place ? ` · ${event.place}` : ""}
      {event.onlineUrl ? ` · ${t("events.online")}` : ""}
      {organiser ? (
        <>
          <br />
          <Audience t={t} event={event} />
          {" · "}
          {event.capacity === null
            ? t("events.list.short", { taken: state.taken })
            : t("events.list.shortOf", { taken: state.taken, capacity: event.capacity })}
        </>
      ) : null}
      {status ? (
        <>
          <br />
          <em>{status}</em>
        </>
      ) : null}
    </li>
  );
}

export function EventListPage(props: EventsBase & { coming: ListedEvent[]; past: ListedEvent[] }) {
  const { t, organiser, coming, past } = props;
  return (
    <>
      <h1>{t("events.page.title")}</h1>
      <p class="lead">{t(organiser ? "events.page.introStaff" : "events.page.introParent")}</p>
      {organiser ? <ActionLink href="/events/new" label={t("events.page.new")} /> : null}
      <Section id="coming-title" title={t("events.page.coming")}>
        {coming.length ? (
          <ul>
            {coming.map((event) => (
              <EventLine {...props} event={event} />
            ))}
          </ul>
        ) : (
          <p>{t("events.page.noneComing")}</p>
        )}
      </Section>
      {past.length ? (
        <Section id="past-title" title={t("events.page.past")}>
          <ul>
            {past.map((event) => (
              <EventLine {...props} event={event} />
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

export function EventFormPage(
  props: EventsBase & { eventId: string | null; form: AudienceFormState; groups: { id: string; name: string }[] },
) {
  const { t, csrf, eventId, form, groups } = props;
  const field = formFields(form.values, form.errors);
  return (
    <>
      <h1>{t(eventId ? "events.form.editTitle" : "events.form.newTitle")}</h1>
      <ErrorSummary t={t} errors={form.errors} />
      <Form action={eventId ? `/events/${eventId}/edit` : "/events"} csrf={csrf}>
        <Select
          {...field("kind")}
          label={t("events.form.kind")}
          options={schoolEventKinds.map((kind) => ({ value: kind, label: t(kindKey(kind)) }))}
        />
        <Field {...field("title")} label={t("events.form.title")} required />
        <Field {...field("day")} type="date" label={t("events.form.day")} hint={t("events.form.dayHint")} required />
        <Field {...field("startsAt")} label={t("events.form.startsAt")} inputmode="numeric" required />
        <Field {...field("endsAt")} label={t("events.form.endsAt")} inputmode="numeric" required />
        {/* Neither is optional on its own: one of the two is needed (saysWhere), which the hint says. */}
        <Field {...field("place")} label={t("events.form.place")} hint={t("events.form.placeHint")} />
        <Field
          {...field("onlineUrl")}
          type="url"
          label={t("events.form.onlineUrl")}
          hint={t("events.form.onlineUrlHint")}
        />
        <TextArea
          {...field("description")}
          label={`${t("events.form.description")} ${t("form.optional")}`}
          hint={t("events.form.descriptionHint")}
          maxlength={4000}
          rows={5}
        />
        <Field
          {...field("capacity")}
          label={`${t("events.form.capacity")} ${t("form.optional")}`}
          hint={t("events.form.capacityHint")}
          inputmode="numeric"
        />
        <AudienceFields
          legend={t("events.form.audience")}
          allLabel={t("events.audience.all")}
          groupsLabel={t("events.form.audienceGroups")}
          groupsLegend={t("events.form.groups")}
          groups={groups}
          form={form}
        />
        <button type="submit">{t("events.form.save")}</button>
      </Form>
    </>
  );
}

export interface EventPageState {
  /** A refused sign-up or cancellation: the reason beside the number. */
  signupError?: string | undefined;
  topic?: { values: FormValues; errors: FormErrors } | undefined;
  topicProblem?: string | undefined;
  summary?: { values: FormValues; errors: FormErrors } | undefined;
  attendanceProblem?: string | undefined;
  /** A refused cancellation or edit (the event has started): said at the top, as the page no longer offers it. */
  problem?: string | undefined;
}

function Topics(props: EventsBase & { data: EventPageData; state: EventPageState }) {
  const { t, csrf, data, organiser, state } = props;
  const open = !data.state.started && !data.event.cancelled;
  const base = `/events/${data.event.id}/topics`;
  const field = formFields(state.topic?.values, state.topic?.errors);
  return (
    <Section id="topics-title" title={t("events.topics.title")}>
      <p>{t(organiser ? "events.topics.introStaff" : "events.topics.intro")}</p>
      {state.topicProblem ? (
        <p class="notice" role="alert">
          {state.topicProblem}
        </p>
      ) : null}
      {data.topics.length ? (
        <ul>
          {data.topics.map((topic) => (
            <li id={`topic-${topic.id}`}>
              <p>{topic.body}</p>
              <p class="hint">
                {t("events.topics.supports", { count: topic.supports })}
                {topic.mine ? ` · ${t("events.topics.yours")}` : ""}
              </p>
              {!organiser && open && !topic.mine ? (
                topic.supportedByMe ? (
                  <ButtonForm
                    action={`${base}/${topic.id}/withdraw`}
                    csrf={csrf}
                    class="secondary"
                    label={t("events.topics.withdraw")}
                  />
                ) : (
                  <ButtonForm
                    action={`${base}/${topic.id}/support`}
                    csrf={csrf}
                    class="secondary"
                    label={t("events.topics.support")}
                  />
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("events.topics.none")}</p>
      )}
      {!organiser && open ? (
        <Form action={base} csrf={csrf}>
          <TextArea {...field("body")} label={t("events.topics.label")} maxlength={500} />
          <button type="submit">{t("events.topics.submit")}</button>
        </Form>
      ) : null}
    </Section>
  );
}

function Attendance(props: EventsBase & { eventId: string; list: SignupList; problem?: string | undefined }) {
  const { t, csrf, list, eventId } = props;
  if (!list.signups.length) return null;
  return (
    <Section id="attendance-title" title={t("events.attendance.title")}>
      {props.problem ? (
        <p class="notice" role="alert">
          {props.problem}
        </p>
      ) : null}
      <Form action={`/events/${eventId}/attendance`} csrf={csrf}>
        <fieldset class="field">
          <legend>{t("events.attendance.legend")}</legend>
          {list.signups.map((s) => (
            <>
              <input
                type="checkbox"
                id={`came-${s.userId}`}
                name="came"
                value={s.userId}
                checked={s.attended === true}
              />
              <label for={`came-${s.userId}`}>
                {t("events.attendance.person", { name: s.name, people: s.people })}
              </label>
              <br />
            </>
          ))}
        </fieldset>
        <button type="submit">{t("events.attendance.save")}</button>
      </Form>
    </Section>
  );
}

function Summary(props: EventsBase & { data: EventPageData; state: EventPageState }) {
  const { t, csrf, data, organiser, state } = props;
  const { event } = data;
  if (!organiser)
    return event.summary ? (
      <Section id="summary-title" title={t("events.summary.title")}>
        <RichText source={event.summary} />
      </Section>
    ) : null;
  const field = formFields(state.summary?.values, state.summary?.errors);
  return (
    <Section id="summary-title" title={t("events.summary.title")}>
      <p>{t(event.summarySentAt ? "events.summary.sent" : "events.summary.intro")}</p>
      <Form action={`/events/${event.id}/summary`} csrf={csrf}>
        <TextArea
          {...field("summary", event.summary)}
          label={t("events.summary.label")}
          hint={t("events.form.descriptionHint")}
          maxlength={8000}
          rows={6}
        />
        <button type="submit">{t(event.summarySentAt ? "events.summary.save" : "events.summary.send")}</button>
      </Form>
    </Section>
  );
}

function Details({ t, locale, event }: { t: Translate; locale: Locale; event: SchoolEvent }): Child {
  return (
    <>
      <p>
        {t(kindKey(event.kind))}
        <br />
        <WhenAndWhere t={t} locale={locale} event={event} />
        {event.onlineUrl ? (
          <>
            <br />
            {t("events.onlineAt")}{" "}
            <a href={event.onlineUrl} rel="noopener nofollow">
              {event.onlineUrl}
            </a>
          </>
        ) : null}
        <br />
        <Audience t={t} event={event} />
      </p>
      {event.cancelled ? <p class="notice">{t("events.status.cancelledLong")}</p> : null}
      {event.description ? <RichText source={event.description} /> : null}
    </>
  );
}

export function EventPage(props: EventsBase & { data: EventPageData; state: EventPageState }) {
  const { t, locale, csrf, data, organiser, state } = props;
  const { event } = data;
  return (
    <>
      <PageHead back={{ href: "/events", label: t("events.page.back") }} title={event.title} />
      <Problem message={state.problem} />
      <Details t={t} locale={locale} event={event} />
      {organiser ? (
        <>
          {!event.cancelled && !data.state.started ? (
            <p>
              <a href={`/events/${event.id}/edit`}>{t("events.page.edit")}</a>
            </p>
          ) : null}
          {data.list ? <SignupListView t={t} locale={locale} list={data.list} /> : null}
          {data.list && data.state.started && !event.cancelled ? (
            <Attendance {...props} eventId={event.id} list={data.list} problem={state.attendanceProblem} />
          ) : null}
        </>
      ) : event.cancelled ? null : (
        <Section id="rsvp-title" title={t("events.rsvp.title")}>
          <SignupBox
            t={t}
            locale={locale}
            csrf={csrf}
            event={data.state}
            action={`/events/${event.id}/rsvp`}
            error={state.signupError}
          />
        </Section>
      )}
      <Topics {...props} />
      {data.state.started || event.summary ? <Summary {...props} /> : null}
      {organiser && !event.cancelled && !data.state.started ? (
        <Section id="cancel-title" title={t("events.cancelEvent.title")}>
          <p>{t("events.cancelEvent.intro")}</p>
          <p>
            <a class="button secondary" href={`/events/${event.id}/cancel`}>
              {t("events.cancelEvent.submit")}
            </a>
          </p>
        </Section>
      ) : null}
    </>
  );
}
