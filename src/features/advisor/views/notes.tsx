/**
 * The advisor's notes about the organisation they work in now: a form to write one (about the
 * organisation or one of its sessions, private unless shared), and their notes with a button to
 * share or take back and one to delete. Only the writer ever sees this page's notes.
 */
import { formatDay } from "../../../lib/time/format.js";
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  Form,
  formFields,
  Select,
  TextArea,
} from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { ADVISOR_NOTE_MAX } from "../../../db/schema/index.js";
import type { NotesPage } from "../service/notes.js";
import { PageHead } from "../../../web/components/page-head.js";

interface Props {
  t: Translate;
  locale: Locale;
  csrf: string;
  orgName: string;
  data: NotesPage;
  values: FormValues;
  errors: FormErrors;
}

function NoteForm({ t, csrf, data, values, errors }: Props) {
  const field = formFields(values, errors);
  const about = [
    { value: "", label: t("advisor.notes.aboutOrganisation") },
    ...data.sessions.map((s) => ({ value: s.id, label: s.topic })),
  ];
  return (
    <Form action="/advisor/notes" csrf={csrf}>
      <ErrorSummary t={t} errors={errors} />
      <TextArea {...field("body")} label={t("advisor.notes.body")} maxlength={ADVISOR_NOTE_MAX} rows={5} />
      <Select {...field("sessionId")} label={t("advisor.notes.about")} options={about} />
      <Checkbox name="shared" label={t("advisor.notes.share")} checked={values.shared === "on"} />
      <button type="submit">{t("advisor.notes.submit")}</button>
    </Form>
  );
}

function NoteItem({ t, locale, csrf, data, note }: Props & { note: NotesPage["notes"][number] }) {
  const topic = data.sessions.find((s) => s.id === note.sessionId)?.topic;
  return (
    <li>
      <p class="muted">
        {formatDay(locale, note.updatedAt)} ·{" "}
        {topic ? t("advisor.notes.aboutSession", { topic }) : t("advisor.notes.aboutOrganisation")} ·{" "}
        {t(note.shared ? "advisor.notes.isShared" : "advisor.notes.isPrivate")}
      </p>
      <p class="written-text">{note.body}</p>
      <div class="actions">
        <form method="post" action={`/advisor/notes/${note.id}/sharing`}>
          <CsrfField token={csrf} />
          {note.shared ? null : <input type="hidden" name="shared" value="on" />}
          <button type="submit" class="link-button">
            {t(note.shared ? "advisor.notes.unshare" : "advisor.notes.shareNow")}
          </button>
        </form>
        <form method="post" action={`/advisor/notes/${note.id}/delete`}>
          <CsrfField token={csrf} />
          <button type="submit" class="link-button">
            {t("advisor.notes.delete")}
          </button>
        </form>
      </div>
    </li>
  );
}

export function NotesPageView(props: Props) {
  const { t, orgName, data } = props;
  return (
    <>
      <PageHead
        back={{ href: "/advisor", label: t("advisor.title") }}
        title={t("advisor.notes.title", { org: orgName })}
        intro={t("advisor.notes.intro")}
      />
      <NoteForm {...props} />
      <h2>{t("advisor.notes.mine")}</h2>
      {data.notes.length ? (
        <ul>
          {data.notes.map((note) => (
            <NoteItem {...props} note={note} />
          ))}
        </ul>
      ) : (
        <p>{t("advisor.notes.none")}</p>
      )}
    </>
  );
}
