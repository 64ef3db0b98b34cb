/** A teacher's conversation list, one table per day; prints on one page (public/styles.css, @media print). */
import type { Locale } from "../../../web/i18n/index.js";
import { formatDay, formatTime } from "../../../lib/time/format.js";
import type { ScheduleRow } from "../service/schedule.js";
import type { Round } from "../service/find-round.js";
import type { ViewProps } from "./common.js";
import { DataTable } from "../../../web/components/data-table.js";

interface ScheduleProps extends Omit<ViewProps, "csrf"> {
  round: Round;
  teacherName: string;
  rows: ScheduleRow[];
}

function byDay(locale: Locale, rows: ScheduleRow[]): [string, ScheduleRow[]][] {
  const days = new Map<string, ScheduleRow[]>();
  for (const row of rows) {
    const day = formatDay(locale, row.startsAt);
    days.set(day, [...(days.get(day) ?? []), row]);
  }
  return [...days];
}

/** Place a family in a free time, or change a booked one; links only on screen, not on paper. */
function RowAction({ t, roundId, row, time }: { t: ViewProps["t"]; roundId: string; row: ScheduleRow; time: string }) {
  const base = `/conversations/rounds/${roundId}`;
  const [href, label] = row.booking
    ? [`${base}/placements/${row.booking.bookingId}`, t("conversations.manage.link")]
    : [`${base}/place?slotId=${row.slotId}`, t("conversations.place.slotLink")];
  return (
    <span class="no-print">
      ·{" "}
      <a href={href}>
        {label}
        <span class="visually-hidden"> {time}</span>
      </a>
    </span>
  );
}

export function SchedulePage({ t, locale, round, teacherName, rows }: ScheduleProps) {
  return (
    <section class="schedule">
      <p class="no-print">
        <a href={`/conversations/rounds/${round.id}`}>{round.name}</a>
      </p>
      <h1>
        {t("conversations.schedule.title")}: {round.name} · {teacherName}
      </h1>
      <p class="no-print">{t("conversations.schedule.print")}</p>
      {rows.length === 0 ? <p>{t("conversations.schedule.none")}</p> : null}
      {byDay(locale, rows).map(([day, slots]) => (
        <DataTable
          t={t}
          caption={t("conversations.schedule.day", { date: day })}
          stack
          rows={slots}
          rowClass={(row) => (row.booking ? undefined : "free")}
          columns={[
            {
              label: t("conversations.schedule.time"),
              cell: (row) => (
                <>
                  {formatTime(locale, row.startsAt)}–{formatTime(locale, row.endsAt)}
                </>
              ),
            },
            {
              label: t("conversations.schedule.pupil"),
              cell: (row) => (
                <>
                  {row.booking?.pupilName ?? t("conversations.schedule.free")}{" "}
                  <RowAction t={t} roundId={round.id} row={row} time={formatTime(locale, row.startsAt)} />
                </>
              ),
            },
            { label: t("conversations.schedule.group"), cell: (row) => row.booking?.groupName ?? "" },
            { label: t("conversations.schedule.guardians"), cell: (row) => row.booking?.guardians.join(", ") ?? "" },
          ]}
        />
      ))}
    </section>
  );
}
