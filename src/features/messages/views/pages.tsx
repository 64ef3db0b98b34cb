/**
 * The messages' pages: the list, a new message, one thread, the overdue threads and the settings.
 * Plain forms (multipart where files go along): everything works without JavaScript, and at
 * 360 px each post is one block with its author, time and who read it.
 */
import { childInGroup, groupInText } from "../../../web/group-name.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Checkbox, ErrorSummary, Field, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import { RichText } from "../../../web/components/rich-text.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { formatMoment, formatSchoolDay } from "../../../lib/time/format.js";
import { attachmentPath } from "../../../attachments/index.js";
import { MAX_BODY } from "../schemas.js";
import type { ListedThread, OverdueThread, ShownPost, ThreadView } from "../service/reading.js";
import type { MessageSettings } from "../service/settings.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

interface Base {
  t: Translate;
  locale: Locale;
}

const about = (t: Translate, child: string, group: string | null, key: "list" | "thread") =>
  group
    ? t(`messages.${key}.aboutGroup`, { child, group: groupInText(t, group) })
    : t(`messages.${key}.about`, { child });

export function QuietHoursNote({ t, settings }: { t: Translate; settings: MessageSettings }) {
  const { quiet, replyDays } = settings;
  return (
    <p class="hint">
      {t("messages.quietHours", {
        from: quiet.from,
        until: quiet.until,
        weekends: quiet.weekends ? t("messages.quietHours.weekends") : "",
        days: replyDays,
      })}
    </p>
  );
}

export function ListPage(
  props: Base & {
    threads: ListedThread[];
    staff: boolean;
    parent: boolean;
    manager: boolean;
    settings: MessageSettings;
  },
) {
  const { t, locale, threads } = props;
  return (
    <>
      <h1>{t("messages.title")}</h1>
      <p class="lead">{t(props.parent ? "messages.lead.parent" : "messages.lead.staff")}</p>
      {props.parent ? <QuietHoursNote t={t} settings={props.settings} /> : null}
      <p class="actions">
        <a class="button" href="/messages/new">
          {t("messages.new")}
        </a>
        {props.manager ? <a href="/messages/overdue">{t("messages.overdue.link")}</a> : null}
        {props.manager ? <a href="/messages/settings">{t("messages.settings.link")}</a> : null}
      </p>
      {threads.length === 0 ? <p>{t("messages.none")}</p> : null}
      <ul class="cards">
        {threads.map((thread) => (
          <li class="card">
            <h2 class="thread-subject">
              <a href={`/messages/${thread.id}`}>{thread.subject}</a>
            </h2>
            <p>{about(t, thread.childName, thread.groupName, "list")}</p>
            <p class="muted">
              {t("messages.list.last", { time: formatMoment(locale, thread.lastAt) })}
              {thread.unread ? (
                <>
                  {" · "}
                  <strong>{t("messages.list.unread", { count: thread.unread })}</strong>
                </>
              ) : null}
              {thread.closed ? ` · ${t("messages.list.closed")}` : null}
              {!thread.closed && thread.awaitingSince && thread.side === "staff"
                ? ` · ${t("messages.list.waiting")}`
                : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function Files({ t, max, maxMb }: { t: Translate; max: number; maxMb: number }) {
  return (
    <div class="field">
      <label for="field-files">{t("messages.form.files")}</label>
      <p class="hint" id="field-files-hint">
        {t("messages.form.filesHint", { max, maxMb })}
      </p>
      <input
        id="field-files"
        type="file"
        name="files"
        multiple
        accept="image/jpeg,image/png,image/webp,image/gif,application/pdf"
        aria-describedby="field-files-hint"
      />
    </div>
  );
}

export interface FormState {
  values?: FormValues;
  errors?: FormErrors;
}

export function NewPage(
  props: Base & {
    csrf: string;
    pupils: { pupilId: string; name: string; groupName: string | null }[];
    parent: boolean;
    settings: MessageSettings;
    limits: { max: number; maxMb: number };
    form: FormState;
  },
) {
  const { t, form } = props;
  const field = formFields(form.values, form.errors);
  const options = [
    { value: "", label: t("messages.form.choose") },
    ...props.pupils.map((c) => ({ value: c.pupilId, label: childInGroup(t, c.name, c.groupName) })),
  ];
  return (
    <section class="narrow">
      <BackLink href="/messages" label={t("messages.thread.back")} />
      <h1>{t("messages.form.title")}</h1>
      {props.parent ? <QuietHoursNote t={t} settings={props.settings} /> : null}
      <ErrorSummary t={t} errors={form.errors ?? {}} />
      <Form action="/messages" csrf={props.csrf} enctype="multipart/form-data">
        <Select
          {...field("pupilId")}
          label={t("messages.form.child")}
          hint={t(props.parent ? "messages.form.childHint" : "messages.form.childHintStaff")}
          options={options}
        />
        <Field {...field("subject")} label={t("messages.form.subject")} required />
        <TextArea
          {...field("body")}
          label={t("messages.form.body")}
          hint={t("messages.form.bodyHint")}
          maxlength={MAX_BODY}
          rows={8}
        />
        <Files t={t} {...props.limits} />
        <p>
          <button type="submit">{t("messages.form.send")}</button>
        </p>
      </Form>
    </section>
  );
}

function Post({ t, locale, post }: Base & { post: ShownPost }) {
  return (
    <li class={post.side === "staff" ? "card post post-staff" : "card post"} id={`post-${post.id}`}>
      <p class="post-meta">
        <strong>{post.mine ? t("messages.thread.you") : post.authorName}</strong>{" "}
        <span class="muted">{formatMoment(locale, post.createdAt)}</span>
        {post.isNew ? <strong class="post-new"> · {t("messages.thread.new")}</strong> : null}
      </p>
      <RichText source={post.body} />
      {post.attachments.length ? (
        <>
          <h3 class="visually-hidden">{t("messages.thread.attachments")}</h3>
          <ul class="post-files">
            {post.attachments.map((file) => (
              <li>
                {file.mediaType.startsWith("image/") ? (
                  <a href={attachmentPath(file.id)}>
                    <img
                      src={attachmentPath(file.id)}
                      alt={file.fileName}
                      width={file.width ?? undefined}
                      height={file.height ?? undefined}
                      loading="lazy"
                    />
                  </a>
                ) : (
                  <a href={attachmentPath(file.id)}>{file.fileName}</a>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="hint">
        {post.waiting
          ? t("messages.thread.waitingDelivery", { time: formatMoment(locale, post.deliverAt) })
          : post.readBy.length
            ? t("messages.thread.readBy", { names: post.readBy.join(", ") })
            : t("messages.thread.notRead")}
      </p>
    </li>
  );
}

export function ThreadPage(
  props: Base & {
    csrf: string;
    view: ThreadView;
    limits: { max: number; maxMb: number };
    form: FormState;
    problem?: string | undefined;
  },
) {
  const { t, locale, view, form } = props;
  const { thread, child } = view;
  const field = formFields(form.values, form.errors);
  const staff = view.side === "staff";
  return (
    <section class="narrow">
      <BackLink href="/messages" label={t("messages.thread.back")} />
      <h1>{thread.subject}</h1>
      <p class="lead">{about(t, child.name, child.groupName, "thread")}</p>
      {child.teachers.length ? (
        <p class="muted">{t("messages.thread.teachers", { names: child.teachers.map((x) => x.name).join(", ") })}</p>
      ) : null}
      <p class="muted">{t("messages.thread.alsoReading")}</p>
      {props.problem ? (
        <p class="notice" role="alert">
          {props.problem}
        </p>
      ) : null}
      {view.answerBy ? (
        <p class="notice">
          {t(
            staff
              ? "messages.thread.answerByStaff"
              : view.overdue
                ? "messages.thread.answerLate"
                : "messages.thread.answerBy",
            {
              day: formatSchoolDay(locale, view.answerBy),
            },
          )}
          {view.overdue && staff ? ` ${t("messages.thread.overdue")}` : null}
        </p>
      ) : null}
      <ol class="posts">
        {view.posts.map((post) => (
          <Post t={t} locale={locale} post={post} />
        ))}
      </ol>
      {thread.conversationRequestId ? (
        <p>
          <a href={`/conversations/requests/${thread.conversationRequestId}`}>
            {t("messages.thread.conversationLink")}
          </a>
        </p>
      ) : null}
      {thread.closedAt ? (
        <p class="notice">{t("messages.thread.closed", { time: formatMoment(locale, thread.closedAt) })}</p>
      ) : (
        <>
          <Section id="reply-title" title={t("messages.reply.title")}>
            <ErrorSummary t={t} errors={form.errors ?? {}} />
            <Form action={`/messages/${thread.id}/posts`} csrf={props.csrf} enctype="multipart/form-data">
              <TextArea
                {...field("body")}
                label={t("messages.reply.label")}
                hint={t("messages.form.bodyHint")}
                maxlength={MAX_BODY}
                rows={5}
              />
              <Files t={t} {...props.limits} />
              <p>
                <button type="submit">{t("messages.reply.send")}</button>
              </p>
            </Form>
          </Section>
          <div class="actions">
            {staff && !thread.conversationRequestId ? (
              <Form action={`/messages/${thread.id}/conversation`} csrf={props.csrf}>
                <p class="hint">{t("messages.thread.conversationHint")}</p>
                <button type="submit" class="link-button">
                  {t("messages.thread.conversation")}
                </button>
              </Form>
            ) : null}
            <Form action={`/messages/${thread.id}/close`} csrf={props.csrf}>
              <p class="hint">{t("messages.thread.closeHint")}</p>
              <button type="submit" class="link-button">
                {t("messages.thread.close")}
              </button>
            </Form>
          </div>
        </>
      )}
    </section>
  );
}

export function OverduePage(props: Base & { threads: OverdueThread[]; replyDays: number }) {
  const { t, locale } = props;
  return (
    <>
      <BackLink href="/messages" label={t("messages.thread.back")} />
      <h1>{t("messages.overdue.title")}</h1>
      <p class="lead">{t("messages.overdue.lead", { days: props.replyDays })}</p>
      <DataTable
        t={t}
        caption={t("messages.overdue.title")}
        stack
        rows={props.threads}
        empty={t("messages.overdue.none")}
        columns={[
          {
            label: t("messages.overdue.child"),
            cell: (r) => childInGroup(t, r.childName, r.groupName),
          },
          { label: t("messages.overdue.subject"), cell: (r) => <a href={`/messages/${r.id}`}>{r.subject}</a> },
          { label: t("messages.overdue.teachers"), cell: (r) => r.teachers.join(", ") },
          { label: t("messages.overdue.since"), cell: (r) => formatMoment(locale, r.awaitingSince) },
          { label: t("messages.overdue.due"), cell: (r) => formatSchoolDay(locale, r.answerBy) },
        ]}
      />
    </>
  );
}

export function SettingsPage(props: Base & { csrf: string; settings: MessageSettings; form: FormState }) {
  const { t, settings, form } = props;
  const field = formFields(form.values, form.errors);
  const weekends = form.values ? form.values.quietWeekends === "on" : settings.quiet.weekends;
  return (
    <section class="narrow">
      <BackLink href="/messages" label={t("messages.thread.back")} />
      <h1>{t("messages.settings.title")}</h1>
      <p class="lead">{t("messages.settings.lead")}</p>
      <ErrorSummary t={t} errors={form.errors ?? {}} />
      <Form action="/messages/settings" csrf={props.csrf}>
        <Field {...field("quietFrom", settings.quiet.from)} label={t("messages.settings.quietFrom")} required />
        <Field {...field("quietUntil", settings.quiet.until)} label={t("messages.settings.quietUntil")} required />
        <Checkbox name="quietWeekends" label={t("messages.settings.quietWeekends")} checked={weekends} />
        <Field
          {...field("replyDays", String(settings.replyDays))}
          label={t("messages.settings.replyDays")}
          inputmode="numeric"
          required
        />
        <p>
          <button type="submit">{t("messages.settings.save")}</button>
        </p>
      </Form>
    </section>
  );
}
