/**
 * The sessions of each line on the timeline, in their order: date, topic, status and, once
 * held, attendance. Leaders open a session to plan or record it, move it up or down, or add one.
 */
import { groupsInText } from "../../../web/group-name.js";
import { formatDate } from "../../../lib/time/format.js";
import { Form } from "../../../web/components/forms.js";
import type { SessionLine } from "../domain/phase.js";
import { sessionWords } from "../domain/template.js";
import type { SessionRow } from "../service/facts.js";
import type { ActiveTimeline } from "../service/timeline.js";
import type { StaffBase } from "./props.js";
import { ActionLink } from "../../../web/components/action-link.js";
import { Section } from "../../../web/components/section.js";

export const lines: readonly SessionLine[] = ["school", "parents", "joint"];

function MoveButtons({
  t,
  csrf,
  session,
  first,
  last,
}: StaffBase & { session: SessionRow; first: boolean; last: boolean }) {
  const button = (direction: "up" | "down") => (
    <Form action={`/trajectory/sessions/${session.id}/move`} csrf={csrf}>
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" class="link-button">
        {t(`trajectory.session.move.${direction}`, { topic: sessionWords(t, session).topic })}
      </button>
    </Form>
  );
  return (
    <div class="actions">
      {first ? null : button("up")}
      {last ? null : button("down")}
    </div>
  );
}

function SessionStatus({ t, locale, session, today }: StaffBase & { session: SessionRow; today: string }) {
  const date = session.heldOn ? formatDate(locale, session.heldOn) : t("trajectory.session.noDate");
  if (session.status === "skipped")
    return <>{t("trajectory.session.status.skipped", { reason: session.skipReason ?? "" })}</>;
  if (session.status === "held")
    return (
      <>
        {t("trajectory.session.status.held", { date })}
        {session.attendance === null ? "" : ` · ${t("trajectory.session.attendanceCount", { n: session.attendance })}`}
      </>
    );
  const overdue = session.heldOn !== null && session.heldOn < today;
  return (
    <span class={overdue ? "field-error" : undefined}>
      {t(overdue ? "trajectory.session.status.overdue" : "trajectory.session.status.planned", { date })}
    </span>
  );
}

function LineSessions(props: StaffBase & { line: SessionLine; data: ActiveTimeline }) {
  const { t, leads, line, data } = props;
  const sessions = data.sessions.filter((s) => s.line === line);
  return (
    <Section id={`line-${line}`} title={t(`trajectory.line.${line}`)} level={3}>
      {sessions.length === 0 ? <p>{t("trajectory.session.none")}</p> : null}
      <ol class="sessions">
        {sessions.map((session, index) => {
          const { topic, goals } = sessionWords(t, session);
          return (
            <li>
              <p>
                <strong>{leads ? <a href={`/trajectory/sessions/${session.id}`}>{topic}</a> : topic}</strong>
                <br />
                <SessionStatus {...props} session={session} today={data.today} />
              </p>
              {goals ? <p class="hint">{goals}</p> : null}
              {session.groupIds.length ? (
                <p class="hint">
                  {t("trajectory.session.invited", {
                    groups: groupsInText(
                      t,
                      session.groupIds.map((id) => data.groupNames.get(id) ?? "?"),
                    ),
                  })}
                </p>
              ) : null}
              {leads ? (
                <MoveButtons {...props} session={session} first={index === 0} last={index === sessions.length - 1} />
              ) : null}
            </li>
          );
        })}
      </ol>
      {leads ? (
        <ActionLink href={`/trajectory/sessions/new?line=${line}`} label={t(`trajectory.session.add.${line}`)} />
      ) : null}
    </Section>
  );
}

export function SessionLines(props: StaffBase & { data: ActiveTimeline }) {
  return (
    <>
      {lines.map((line) => (
        <LineSessions {...props} line={line} />
      ))}
    </>
  );
}
