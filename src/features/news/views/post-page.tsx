/**
 * One post: its text in the reader's language when translated, photos shown and PDFs to
 * download, its reactions with the school's answers. A parent reacts with a comment or a question
 * (unless reactions are off) and reports another's reaction; staff see the share of parents per
 * group who read it (never who), answer, hide and restore reactions, pin, switch reactions off,
 * edit, translate and open the history.
 */
import { groupsInText } from "../../../web/group-name.js";
import { attachmentPath, type AttachmentInfo } from "../../../attachments/index.js";
import { formatMoment } from "../../../lib/time/format.js";
import { ReportForm } from "../../../moderation/index.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Form, formFields, TextArea } from "../../../web/components/forms.js";
import { RichText } from "../../../web/components/rich-text.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { MAX_REACTION, MAX_REASON, POST_LOCALE, reactionKinds, translationLocales } from "../schemas.js";
import type { ReactionView } from "../service/reactions.js";
import type { PostView } from "../service/reads.js";
import { postPath, type NewsBase } from "./props.js";
import { Problem } from "../../../web/components/problem.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";
import { partLang } from "../../../web/part-language.js";

export interface PostFormState {
  /** Which form came back: "react", "answer:<id>", "hide:<id>", "report:<id>". */
  form: string;
  values: FormValues;
  errors: FormErrors;
}

export interface PostPageProps extends NewsBase {
  post: PostView;
  staff: boolean;
  /** May edit, pin, translate this post. */
  writes: boolean;
  manager: boolean;
  reacts: boolean;
  now: Date;
  state?: PostFormState | undefined;
  /** A refusal of the whole page (reactions off), shown at the top. */
  problem?: string | undefined;
}

const isImage = (a: AttachmentInfo) => a.mediaType.startsWith("image/");

function Attachments({ t, post }: PostPageProps) {
  const images = post.attachments.filter(isImage);
  const files = post.attachments.filter((a) => !isImage(a));
  return (
    <>
      {images.map((image) => (
        <figure>
          <img
            src={attachmentPath(image.id)}
            alt={t("news.photo", { name: image.fileName })}
            width={image.width ?? undefined}
            height={image.height ?? undefined}
            class="news-photo"
          />
        </figure>
      ))}
      {files.length ? (
        <ul>
          {files.map((file) => (
            <li>
              <a href={attachmentPath(file.id)} download={file.fileName}>
                {t("news.download", { name: file.fileName, kb: Math.max(1, Math.round(file.size / 1024)) })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Meta({ t, locale, post, staff, now }: PostPageProps) {
  const when = !post.publishAt
    ? t("news.status.draft")
    : post.publishAt > now
      ? t("news.status.scheduled", { at: formatMoment(locale, post.publishAt) })
      : formatMoment(locale, post.publishAt);
  const audience =
    post.audience === "groups"
      ? groupsInText(
          t,
          post.groups.map((g) => g.name),
        )
      : t(`news.audience.${post.audience}`);
  return (
    <p class="muted">
      {when}
      {post.author ? ` · ${post.author}` : null}
      {staff || post.audience === "groups" ? ` · ${t("news.for", { audience })}` : null}
      {post.pinned ? ` · ${t("news.pinned")}` : null}
      {post.version > 1 ? ` · ${t("news.edited")}` : null}
    </p>
  );
}

function StaffTools(props: PostPageProps) {
  const { t, csrf, post } = props;
  if (!props.writes) return null;
  return (
    <Section id="tools-title" title={t("news.tools.title")}>
      <p class="actions">
        <a href={`${postPath(post.id)}/edit`}>{t("news.edit.link")}</a>
        <a href={`${postPath(post.id)}/history`}>{t("news.history.link", { n: post.version })}</a>
        <a href={`${postPath(post.id)}/delete`}>{t("news.delete.link")}</a>
        {translationLocales.map((locale) => (
          <a href={`${postPath(post.id)}/translation?locale=${locale}`}>
            {t(
              post.translations.some((tr) => tr.locale === locale) ? "news.translation.edit" : "news.translation.add",
              {
                language: t(`news.language.${locale}`),
              },
            )}
          </a>
        ))}
      </p>
      <div class="actions">
        <Form action={`${postPath(post.id)}/pin`} csrf={csrf}>
          <input type="hidden" name="on" value={post.pinned ? "false" : "true"} />
          <button type="submit" class="secondary">
            {t(post.pinned ? "news.unpin" : "news.pin")}
          </button>
        </Form>
        <Form action={`${postPath(post.id)}/reactions-open`} csrf={csrf}>
          <input type="hidden" name="on" value={post.reactionsOpen ? "false" : "true"} />
          <button type="submit" class="secondary">
            {t(post.reactionsOpen ? "news.reactions.switchOff" : "news.reactions.switchOn")}
          </button>
        </Form>
      </div>
    </Section>
  );
}

function Shares({ t, post }: PostPageProps) {
  const shares = post.shares;
  if (!shares) return null;
  const percent = (value: number | null) => (value === null ? t("news.shares.hidden") : `${value}%`);
  return (
    <Section id="shares-title" title={t("news.shares.title")}>
      <p class="hint">{t("news.shares.hint")}</p>
      <DataTable
        t={t}
        caption={t("news.shares.caption")}
        empty={t("news.shares.none")}
        rows={shares.groups.length ? [...shares.groups, { name: t("news.shares.total"), ...shares.total }] : []}
        columns={[
          { label: t("news.shares.group"), cell: (row) => row.name },
          { label: t("news.shares.parents"), cell: (row) => row.people },
          { label: t("news.shares.read"), cell: (row) => percent(row.percent) },
        ]}
      />
    </Section>
  );
}

function stateOf(props: PostPageProps, form: string): { values: FormValues; errors: FormErrors } {
  return props.state?.form === form ? props.state : { values: {}, errors: {} };
}

function Reaction(props: PostPageProps & { reaction: ReactionView }) {
  const { t, locale, csrf, post, reaction } = props;
  const base = `${postPath(post.id)}/reactions/${reaction.id}`;
  const who = reaction.mine ? t("news.reaction.you") : (reaction.author ?? t("news.reaction.aParent"));
  const answer = stateOf(props, `answer:${reaction.id}`);
  const hide = stateOf(props, `hide:${reaction.id}`);
  const report = stateOf(props, `report:${reaction.id}`);
  return (
    <li class="card" id={`reaction-${reaction.id}`}>
      {reaction.hiddenReason !== null ? (
        <p class="notice">{t("news.reaction.hidden", { reason: reaction.hiddenReason })}</p>
      ) : null}
      <p class="muted">
        {t(`news.reaction.kind.${reaction.kind}`)} · {who} · {formatMoment(locale, reaction.createdAt)}
      </p>
      <p class="written-text">{reaction.body}</p>
      {reaction.answer ? (
        <div class="answers">
          <p class="muted">{t("news.reaction.answered")}</p>
          <p class="written-text">{reaction.answer}</p>
        </div>
      ) : null}
      {props.staff ? (
        <Form action={`${base}/answer`} csrf={csrf} ids={`answer-${reaction.id}`}>
          <TextArea
            {...formFields(answer.values, answer.errors)("answer", reaction.answer)}
            label={t("news.reaction.answer")}
            maxlength={MAX_REACTION}
          />
          <button type="submit">{t("news.reaction.answerSubmit")}</button>
        </Form>
      ) : null}
      {props.manager ? (
        reaction.hiddenReason === null ? (
          <Form action={`${base}/hide`} csrf={csrf} ids={`hide-${reaction.id}`}>
            <TextArea
              {...formFields(hide.values, hide.errors)("reason")}
              label={t("news.reaction.hideReason")}
              maxlength={MAX_REASON}
            />
            <button type="submit" class="secondary">
              {t("news.reaction.hide")}
            </button>
          </Form>
        ) : (
          <Form action={`${base}/restore`} csrf={csrf}>
            <button type="submit" class="secondary">
              {t("news.reaction.restore")}
            </button>
          </Form>
        )
      ) : null}
      {!reaction.mine && !props.staff && reaction.hiddenReason === null ? (
        <ReportForm
          t={t}
          csrf={csrf}
          action={`${base}/report`}
          values={report.values}
          errors={report.errors}
          ids={`report-${reaction.id}`}
        />
      ) : null}
    </li>
  );
}

function ReactForm(props: PostPageProps) {
  const { t, csrf, post } = props;
  if (!props.reacts) return null;
  if (!post.reactionsOpen) return <p class="notice">{t("news.reactions.off")}</p>;
  const state = stateOf(props, "react");
  const field = formFields(state.values, state.errors);
  const chosen = state.values.kind ?? "question";
  return (
    <Form action={`${postPath(post.id)}/reactions`} csrf={csrf}>
      <fieldset class="field">
        <legend>{t("news.react.kind")}</legend>
        {reactionKinds.map((kind) => (
          <div class="checkbox">
            <input type="radio" id={`field-kind-${kind}`} name="kind" value={kind} checked={chosen === kind} />
            <label for={`field-kind-${kind}`}>{t(`news.reaction.kind.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextArea
        {...field("body")}
        label={t("news.react.body")}
        hint={t("news.react.hint")}
        maxlength={MAX_REACTION}
        rows={4}
      />
      <button type="submit">{t("news.react.submit")}</button>
    </Form>
  );
}

export function PostPage(props: PostPageProps) {
  const { t, post } = props;
  const lang = partLang(post.shownLocale, props.locale);
  return (
    <article>
      <BackLink href="/news" label={t("news.back")} />
      <Problem message={props.problem} />
      <h1 lang={lang}>{post.title}</h1>
      <Meta {...props} />
      {post.shownLocale !== POST_LOCALE ? <p class="hint">{t("news.translated")}</p> : null}
      <RichText source={post.body} lang={lang} />
      <Attachments {...props} />
      <StaffTools {...props} />
      <Shares {...props} />
      <Section id="reactions-title" title={t("news.reactions.title", { n: post.reactions.length })}>
        {post.reactions.length === 0 ? <p>{t("news.reactions.none")}</p> : null}
        <ul class="cards">
          {post.reactions.map((reaction) => (
            <Reaction {...props} reaction={reaction} />
          ))}
        </ul>
        <ReactForm {...props} />
      </Section>
    </article>
  );
}
