/** A round for staff: details, teachers and their times, and in fair mode the allocation. */
import { childInGroup } from "../../../web/group-name.js";
import { Form } from "../../../web/components/forms.js";
import { bookingWindow } from "../domain/rules.js";
import { formatMoment } from "../../../lib/time/format.js";
import type { RoundOverview } from "../service/round-overview.js";
import { RoundState, type ViewProps } from "./common.js";
import { Refusal } from "./refusal.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";
import { Detail } from "../../../web/components/detail.js";
import { teacherLabel } from "../teacher-label.js";
import { FormerTeacherTimes, type HandOverChoice } from "./hand-over.js";

interface RoundPageProps extends ViewProps {
  now: Date;
  data: RoundOverview;
  canManage: boolean;
  /** Why the last action was refused. */
  problem?: string | undefined;
  /** A refused hand-over's choice, shown again. */
  handOver?: HandOverChoice | undefined;
}

export function RoundPage({ t, csrf, locale, now, data, canManage, problem, handOver }: RoundPageProps) {
  const { round } = data;
  return (
    <>
      <h1>{round.name}</h1>
      {/* A refused hand-over is said above its form, far down the page; the script brings focus there. */}
      {handOver ? null : <Refusal t={t} message={problem} />}
      <RoundState t={t} locale={locale} round={round} now={now} staff={canManage ? "manager" : "teacher"} />
      <TeacherlessGroups t={t} groups={data.teacherless} />
      {data.teachesHere ? (
        <p class="actions">
          <a class="button" href={`/conversations/rounds/${round.id}/availability`}>
            {t("conversations.round.myAvailability")}
          </a>
          <a class="button secondary" href={`/conversations/rounds/${round.id}/schedule`}>
            {t("conversations.round.mySchedule")}
          </a>
          {round.kind === "three_way" ? (
            <a class="button secondary" href={`/conversations/rounds/${round.id}/conversations`}>
              {t("conversations.mine.title")}
            </a>
          ) : null}
        </p>
      ) : null}
      <p>
        <a href={`/conversations/rounds/${round.id}/other-times`}>{t("conversations.otherTime.roundLink")}</a>
      </p>
      <h2>{t("conversations.round.details")}</h2>
      <dl class="details">
        <Detail term={t("conversations.form.kind")}>{t(`conversations.kind.${round.kind}`)}</Detail>
        <Detail term={t("conversations.form.mode")}>{t(`conversations.mode.${round.mode}`)}</Detail>
        <Detail term={t("conversations.round.groups")}>{data.groups.map((g) => g.name).join(", ")}</Detail>
        <Detail term={t("conversations.form.slotMinutes")}>{round.slotSettings.slotMinutes}</Detail>
        <Detail term={t("conversations.form.opensAt")}>{formatMoment(locale, round.opensAt)}</Detail>
        <Detail term={t("conversations.form.closesAt")}>{formatMoment(locale, round.closesAt)}</Detail>
        <Detail term={t("conversations.form.changeDeadline")}>{formatMoment(locale, round.changeDeadline)}</Detail>
        <Detail term={t("conversations.round.reminder")}>
          {round.reminderHours > 0
            ? t("conversations.round.reminderHours", { hours: round.reminderHours })
            : t("conversations.round.noReminder")}
        </Detail>
      </dl>
      {canManage ? (
        <p class="actions">
          <a class="button secondary" href={`/conversations/rounds/${round.id}/edit`}>
            {t("conversations.edit.link")}
          </a>
          <a class="button secondary" href={`/conversations/rounds/${round.id}/delete`}>
            {t("conversations.delete.link")}
          </a>
        </p>
      ) : null}
      <h2>{t("conversations.round.teachers")}</h2>
      <DataTable
        t={t}
        caption={t("conversations.round.teachers")}
        empty={t("conversations.round.noTeachers")}
        stack
        rows={data.teachers}
        columns={[
          { label: t("conversations.round.teacher"), cell: (teacher) => teacherLabel(t, teacher.name) },
          { label: t("conversations.round.slots"), cell: (teacher) => teacher.slots },
          { label: t("conversations.round.booked"), cell: (teacher) => teacher.booked },
        ]}
      />
      {handOver ? <Refusal t={t} message={problem} /> : null}
      {canManage ? <FormerTeacherTimes t={t} csrf={csrf} locale={locale} data={data} sent={handOver} /> : null}
      {round.mode === "first_come" ? (
        <NotBooked t={t} csrf={csrf} locale={locale} now={now} data={data} canManage={canManage} />
      ) : null}
      {round.mode === "fair" ? (
        <Allocation t={t} csrf={csrf} locale={locale} now={now} data={data} canManage={canManage} />
      ) : null}
    </>
  );
}

function Allocation({ t, csrf, locale, now, data, canManage }: RoundPageProps) {
  const { round, allocation } = data;
  const closed = now >= round.closesAt;
  return (
    <Section id="allocation" title={t("conversations.allocation.title")}>
      {!closed ? <p>{t("conversations.allocation.notYet", { date: formatMoment(locale, round.closesAt) })}</p> : null}
      {round.publishedAt ? (
        <p>{t("conversations.allocation.isPublished", { date: formatMoment(locale, round.publishedAt) })}</p>
      ) : null}
      {allocation ? (
        <p>
          {t("conversations.allocation.stats", {
            placed: allocation.placed,
            preferred: allocation.preferred,
            unplaced: allocation.unplaced.length,
          })}
        </p>
      ) : null}
      {canManage && closed && !round.publishedAt ? (
        <div class="actions">
          <Form action={`/conversations/rounds/${round.id}/allocate`} csrf={csrf}>
            <button type="submit" class={allocation ? "secondary" : undefined}>
              {t(allocation ? "conversations.allocation.runAgain" : "conversations.allocation.run")}
            </button>
          </Form>
          {allocation ? (
            // Publishing mails every family: a page of its own asks first (it works without JavaScript).
            <a class="button" href={`/conversations/rounds/${round.id}/publish`}>
              {t("conversations.allocation.publish")}
            </a>
          ) : null}
        </div>
      ) : null}
      {allocation ? (
        <>
          <h3>{t("conversations.unplacedList.title")}</h3>
          <DataTable
            t={t}
            caption={t("conversations.unplacedList.title")}
            empty={t("conversations.unplacedList.none")}
            rows={allocation.unplaced}
            columns={[
              { label: t("conversations.schedule.pupil"), cell: (child) => child.name },
              { label: t("conversations.schedule.group"), cell: (child) => child.groupName },
              {
                label: t("conversations.unplacedList.reason"),
                cell: (child) => t(`conversations.unplaced.${child.reason}`),
              },
            ]}
          />
        </>
      ) : null}
    </Section>
  );
}

function NotBooked({ t, csrf, now, data }: RoundPageProps) {
  const place = (pupilId: string) => `/conversations/rounds/${data.round.id}/place?pupilId=${pupilId}`;
  const { round, notBooked } = data;
  return (
    <Section id="not-booked" title={t("conversations.notBooked.title")}>
      {notBooked.length === 0 ? (
        <p>{t("conversations.notBooked.none")}</p>
      ) : (
        <>
          <ul>
            {notBooked.map((child) => (
              <li>
                {childInGroup(t, child.name, child.groupName)}
                {data.teachesHere ? (
                  <>
                    {" · "}
                    <a href={place(child.pupilId)}>
                      {t("conversations.place.link")}
                      <span class="visually-hidden"> {child.name}</span>
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {bookingWindow(round, now) === "open" ? (
            <ButtonForm
              action={`/conversations/rounds/${round.id}/remind`}
              csrf={csrf}
              label={t("conversations.remind.button")}
            />
          ) : null}
        </>
      )}
    </Section>
  );
}

/** Groups without a teacher leave their families without times: say which, and where a teacher is added. */
function TeacherlessGroups({ t, groups }: Pick<ViewProps, "t"> & { groups: RoundOverview["teacherless"] }) {
  if (!groups.length) return null;
  return (
    <div class="notice" role="status">
      <p>{t("conversations.round.teacherless")}</p>
      <ul>
        {groups.map((g) => (
          <li>
            <a href={`/organisation/groups/${g.id}`}>{g.name}</a>
          </li>
        ))}
      </ul>
      <p>{t("conversations.round.teacherlessHint")}</p>
    </div>
  );
}
