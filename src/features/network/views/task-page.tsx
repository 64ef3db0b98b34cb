/**
 * One volunteer task: what, when, where, what is expected and places left; a parent signs up or
 * cancels (one place each), or joins the waiting list of a full task and sees their place in
 * line; staff see who is coming and who is waiting, and write to those coming.
 */
import { groupsInText } from "../../../web/group-name.js";
import { Form, TextArea } from "../../../web/components/forms.js";
import { SignupListView, WhenAndWhere } from "../../events/index.js";
import type { TaskPage as TaskData } from "../service/tasks.js";
import type { PageBase } from "./props.js";
import { placesText } from "./tasks-page.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

export function TaskPage({
  t,
  locale,
  csrf,
  data,
  problem,
  message,
}: PageBase & {
  data: TaskData;
  /** A refused sign-up or cancel, in a sentence. */
  problem?: string | undefined;
  message?: { value: string; error?: string | undefined };
}) {
  const { task, signups } = data;
  const { event } = task;
  const action = `/network/tasks/${task.id}/signup`;
  return (
    <>
      <BackLink href="/network/tasks" label={t("network.tasks.back")} />
      <h1>{task.title}</h1>
      <div class="card">
        <p>
          <WhenAndWhere t={t} locale={locale} event={event} />
          <br />
          {t("network.task.forGroups", { groups: groupsInText(t, task.groups) })}
          <br />
          <strong>{placesText(t, event)}</strong>
        </p>
        {task.expected ? (
          <>
            <h2>{t("network.task.expected")}</h2>
            <p class="written-text">{task.expected}</p>
          </>
        ) : null}
      </div>
      {problem ? (
        <p class="notice" role="alert">
          {problem}
        </p>
      ) : null}
      {signups ? null : event.started ? (
        <p>{t("network.task.started")}</p>
      ) : event.mine !== null ? (
        <>
          <p class="notice">
            {event.waitingPosition === null
              ? t("network.task.mine")
              : t("network.task.waiting", { position: event.waitingPosition })}
          </p>
          <Form action={`${action}/cancel`} csrf={csrf}>
            <button type="submit" class="secondary">
              {t(event.waitingPosition === null ? "network.task.cancel" : "network.task.leaveWaiting")}
            </button>
          </Form>
        </>
      ) : event.placesLeft === 0 && !event.waitingList ? null : (
        <Form action={action} csrf={csrf}>
          <button type="submit">
            {t(event.placesLeft === 0 ? "network.task.joinWaiting" : "network.task.signUp")}
          </button>
        </Form>
      )}
      {signups ? (
        <>
          <SignupListView t={t} locale={locale} list={signups} />
          <Section id="message-title" title={t("network.task.messageTitle")}>
            <Form action={`/network/tasks/${task.id}/message`} csrf={csrf}>
              <TextArea
                name="body"
                label={t("network.task.message")}
                hint={t("network.task.messageHint")}
                value={message?.value}
                error={message?.error}
                maxlength={2000}
                rows={4}
              />
              <button type="submit">{t("network.task.send")}</button>
            </Form>
          </Section>
        </>
      ) : null}
    </>
  );
}
