/**
 * The calendar as a list by day: one month (or the whole school year), each moment with its day or
 * days or time, its kind and for whom. A plain list of links, readable at 360 px without JavaScript.
 */
import { groupsInText } from "../../../web/group-name.js";
import { ErrorSummary, Field, Form, Select, TextArea, formFields } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatDate, formatSlot } from "../../../lib/time/format.js";
import { itemKinds } from "../schemas.js";
import type { CalendarEntry } from "../sources.js";
import { AudienceFields, type AudienceFormState } from "../../../web/components/audience-fields.js";
import { PageHead } from "../../../web/components/page-head.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";

export interface CalendarBase {
  t: Translate;
  locale: Locale;
  csrf: string;
  editor: boolean;
}

function when(locale: Locale, entry: CalendarEntry): string {
  if (!entry.when.allDay) return formatSlot(locale, entry.when.startsAt, entry.when.endsAt);
  const { startsOn, endsOn } = entry.when;
  return startsOn === endsOn
    ? formatDate(locale, startsOn)
    : `${formatDate(locale, startsOn)} – ${formatDate(locale, endsOn)}`;
}

export interface CalendarPageProps extends CalendarBase {
  title: string;
  entries: CalendarEntry[];
  previous?: { href: string; label: string } | undefined;
  next?: { href: string; label: string } | undefined;
  other: { href: string; label: string };
}

export function CalendarPage(props: CalendarPageProps) {
  const { t, locale, editor, entries } = props;
  return (
    <>
      <h1>{props.title}</h1>
      <p class="lead">{t("calendar.intro")}</p>
      <p>
        <a href="/calendar/subscribe">{t("calendar.subscribe.link")}</a>
        {editor ? (
          <>
            {" · "}
            <a href="/calendar/items/new">{t("calendar.items.new")}</a>
          </>
        ) : null}
      </p>
      <nav aria-label={t("calendar.nav.label")}>
        <p>
          {props.previous ? <a href={props.previous.href}>← {props.previous.label}</a> : null}
          {props.previous ? " · " : ""}
          <a href={props.other.href}>{props.other.label}</a>
          {props.next ? " · " : ""}
          {props.next ? <a href={props.next.href}>{props.next.label} →</a> : null}
        </p>
      </nav>
      {entries.length ? (
        <ul>
          {entries.map((entry) => (
            <li>
              <strong>{entry.href ? <a href={entry.href}>{entry.title}</a> : entry.title}</strong>
              <br />
              {when(locale, entry)} · {t(`calendar.kind.${entry.kind}`)}
              {entry.place ? ` · ${entry.place}` : ""}
              <br />
              <span class="hint">
                {entry.groups.length
                  ? t("calendar.for.groups", { groups: groupsInText(t, entry.groups) })
                  : t("calendar.for.all")}
              </span>
              {entry.description ? <p>{entry.description}</p> : null}
              {editor && entry.itemId ? (
                <p>
                  <a href={`/calendar/items/${entry.itemId}/edit`}>
                    {t("calendar.items.edit")}
                    <span class="visually-hidden">: {entry.title}</span>
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("calendar.none")}</p>
      )}
    </>
  );
}

export function ItemFormPage(
  props: CalendarBase & { itemId: string | null; form: AudienceFormState; groups: { id: string; name: string }[] },
) {
  const { t, csrf, itemId, form, groups } = props;
  const field = formFields(form.values, form.errors);
  return (
    <>
      <h1>{t(itemId ? "calendar.items.editTitle" : "calendar.items.newTitle")}</h1>
      <ErrorSummary t={t} errors={form.errors} />
      <Form action={itemId ? `/calendar/items/${itemId}/edit` : "/calendar/items"} csrf={csrf}>
        <Field {...field("title")} label={t("calendar.items.title")} required />
        <Select
          {...field("kind")}
          label={t("calendar.items.kind")}
          options={itemKinds.map((kind) => ({ value: kind, label: t(`calendar.kind.${kind}`) }))}
        />
        <Field {...field("startsOn")} type="date" label={t("calendar.items.startsOn")} required />
        <Field
          {...field("endsOn")}
          type="date"
          label={`${t("calendar.items.endsOn")} ${t("form.optional")}`}
          hint={t("calendar.items.endsOnHint")}
        />
        <Field
          {...field("startTime")}
          label={`${t("calendar.items.startTime")} ${t("form.optional")}`}
          hint={t("calendar.items.timeHint")}
          inputmode="numeric"
        />
        <Field
          {...field("endTime")}
          label={`${t("calendar.items.endTime")} ${t("form.optional")}`}
          inputmode="numeric"
        />
        <TextArea
          {...field("description")}
          label={`${t("calendar.items.description")} ${t("form.optional")}`}
          maxlength={2000}
        />
        <AudienceFields
          legend={t("calendar.items.audience")}
          allLabel={t("calendar.for.all")}
          groupsLabel={t("calendar.items.audienceGroups")}
          groupsLegend={t("calendar.items.groups")}
          groups={groups}
          form={form}
        />
        <button type="submit">{t("calendar.items.save")}</button>
      </Form>
      {itemId ? (
        <ButtonForm
          action={`/calendar/items/${itemId}/delete`}
          csrf={csrf}
          class="secondary"
          label={t("calendar.items.delete")}
        />
      ) : null}
    </>
  );
}

export function SubscribePage(props: CalendarBase & { has: boolean; token?: string | undefined; publicUrl: string }) {
  const { t, csrf, has, token, publicUrl } = props;
  const https = token ? `${publicUrl}/calendar/feed/${token}.ics` : "";
  const webcal = https.replace(/^https?:\/\//, "webcal://");
  return (
    <>
      <PageHead
        back={{ href: "/calendar", label: t("calendar.back") }}
        title={t("calendar.subscribe.title")}
        intro={t("calendar.subscribe.intro")}
      />
      {token ? (
        <Section id="feed-title" title={t("calendar.subscribe.yourAddress")}>
          <p>{t("calendar.subscribe.once")}</p>
          <p>
            <a href={webcal}>{t("calendar.subscribe.open")}</a>
          </p>
          <label for="feed-url">{t("calendar.subscribe.copy")}</label>
          <input id="feed-url" type="text" readonly value={https} />
          <p class="hint">{t("calendar.subscribe.private")}</p>
        </Section>
      ) : has ? (
        <p>{t("calendar.subscribe.has")}</p>
      ) : null}
      <Form action="/calendar/subscribe" csrf={csrf}>
        <button type="submit" class={has ? "secondary" : undefined}>
          {t(has ? "calendar.subscribe.renew" : "calendar.subscribe.make")}
        </button>
      </Form>
      {has ? <p class="hint">{t("calendar.subscribe.renewHint")}</p> : null}
    </>
  );
}
