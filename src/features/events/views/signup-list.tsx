/**
 * Who signed up, as the staff who organise the event see it: the total against the capacity in a
 * sentence, then a table of names and numbers (scrolling inside its region on a phone). A cancelled
 * event's sign-ups are gone (mailed, then deleted): instead of an empty list it says how many were
 * told (none when no one had signed up; that it is unknown for an event cancelled before that was
 * kept). That the event is cancelled the page around it says, once (events.status.cancelledLong).
 */
import { formatMoment } from "../../../lib/time/format.js";
import { DataTable, type Column } from "../../../web/components/data-table.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { SignupList, SignupRow } from "../service/signup-list.js";
import { Section } from "../../../web/components/section.js";

const attendedKey = (s: SignupRow) =>
  s.attended === null ? "events.list.notRecorded" : s.attended ? "events.list.came" : "events.list.absent";

export function SignupListView({ t, locale, list }: { t: Translate; locale: Locale; list: SignupList }) {
  const total =
    list.capacity === null
      ? t("events.list.total", { taken: list.taken, count: list.signups.length })
      : t("events.list.totalOf", { taken: list.taken, capacity: list.capacity, count: list.signups.length });
  const attendance = list.signups.some((s) => s.attended !== null);
  const whoAndWhen: Column<SignupRow>[] = [
    { label: t("events.list.name"), cell: (s) => s.name },
    { label: t("events.list.people"), cell: (s) => s.people },
    { label: t("events.list.when"), cell: (s) => formatMoment(locale, s.signedUpAt) },
  ];
  // Cancelling deleted the sign-ups after mailing them: an empty list would read as "nobody came".
  if (list.cancelled)
    return (
      <Section id="signups-title" title={t("events.list.title")}>
        <p class="notice">
          {list.told === null ? t("events.list.toldUnknown") : t("events.list.told", { count: list.told })}
        </p>
      </Section>
    );
  return (
    <Section id="signups-title" title={t("events.list.title")}>
      <p>{total}</p>
      <DataTable
        t={t}
        caption={t("events.list.caption")}
        empty={t("events.list.none")}
        rows={list.signups}
        rowHeader={false}
        columns={[
          ...whoAndWhen,
          ...(attendance ? [{ label: t("events.list.attended"), cell: (s: SignupRow) => t(attendedKey(s)) }] : []),
        ]}
      />
      {list.waiting.length ? (
        <>
          <h3>{t("events.list.waitingTitle", { count: list.waiting.length })}</h3>
          <DataTable
            t={t}
            caption={t("events.list.waitingCaption")}
            rows={list.waiting}
            rowHeader={false}
            columns={[{ label: t("events.list.position"), cell: (s) => list.waiting.indexOf(s) + 1 }, ...whoAndWhen]}
          />
        </>
      ) : null}
    </Section>
  );
}
