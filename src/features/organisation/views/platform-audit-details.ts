/**
 * How the platform's trail says what an entry is about (src/web/audit-detail.ts): the shapes the
 * editors' features write (an advice item's kind and title, a training's dates and how many people
 * were told), with codes in words and moments in the administrator's language. Titles, names and
 * years are shown as written.
 */
import type { PlatformAuditAction, PlatformAuditEntity } from "../../../audit/record.js";
import { formatDate, formatMoment } from "../../../lib/time/format.js";
import { codeIn, readDetail, shaped, type DetailReader } from "../../../web/audit-detail.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";

const P = "admin.audit.detail.";

type Readers = Partial<Record<`${PlatformAuditEntity}.${PlatformAuditAction}` | PlatformAuditEntity, DetailReader>>;

/** The readers, with dates and moments in the locale's words. */
function readersIn(locale: Locale): Readers {
  return {
    advice_item: codeIn(/^(\w+): (.*)$/s, `${P}kind.`, `${P}titled`, ["kind", "title"]),
    "training_session.update": shaped(
      /^(.*): (\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2})-(\d{1,2}:\d{2}), (\d+)$/s,
      (t, [title, date, start, end, capacity]) =>
        t(`${P}sessionChanged`, {
          ...{ title: title!, date: formatDate(locale, date!), start: start!, end: end! },
          capacity: Number(capacity),
        }),
    ),
    "training_session.delete": shaped(/^(.*): (\S+), (\d+) told$/s, (t, [title, at, told]) => {
      const moment = new Date(at!);
      if (Number.isNaN(moment.getTime())) return null;
      return t(`${P}sessionDeleted`, { title: title!, moment: formatMoment(locale, moment), told: Number(told) });
    }),
    account: shaped(/^by_person$/, (t) => t(`${P}account.byPerson`)),
    "training.delete": shaped(/^(.*): (\d+) dates, (\d+) told$/s, (t, [title, dates, told]) =>
      t(`${P}trainingDeleted`, { title: title!, dates: Number(dates), told: Number(told) }),
    ),
  };
}

/** What each entry is about in the administrator's words: the detail read, an editor's name as it is. */
export function platformSubjects(t: Translate, locale: Locale) {
  const readers = readersIn(locale);
  return (entry: { entity: string; action: string; subject: string | null }): string | null =>
    entry.subject === null ? null : readDetail(t, readers, { ...entry, detail: entry.subject });
}
