/**
 * An audit trail as a table: when, who, what (the action and the kind of thing, in words) and
 * about whom or what, in the order given. The school's trail (pupils) and the platform's
 * (organisation's admin pages) differ only in their texts and the school's column of details
 * (read into words by src/web/audit-detail.ts).
 */
import { formatTimestamp } from "../../lib/time/format.js";
import type { Locale, MessageKey, Translate } from "../i18n/index.js";
import { wordsOf } from "../audit-detail.js";
import { DataTable, type Column } from "./data-table.js";

/** One entry of a trail. */
export interface AuditRow {
  at: Date;
  /** Who did it; null when no one did (the system) or their account was deleted. */
  who: string | null;
  action: string;
  entity: string;
  subject: string | null;
}

/** Every prefix P whose catalog has the trail's texts: P.caption, P.none, P.when, P.who, P.what, P.subject. */
type AuditTexts = {
  [K in MessageKey]: K extends `${infer P}.caption`
    ? `${P}.${"none" | "when" | "who" | "what" | "subject"}` extends MessageKey
      ? P
      : never
    : never;
}[MessageKey];

/** A code's words (`<prefix><code>`); a code added later without words is shown as written. */
function codeWords(t: Translate, prefix: string, code: string): string {
  return wordsOf(t, prefix, code) ?? code;
}

interface AuditTableProps<Entry extends AuditRow> {
  t: Translate;
  locale: Locale;
  entries: readonly Entry[];
  /** The prefix of the trail's texts; its codes' words are `<texts>.action.<code>` and `<texts>.entity.<code>`. */
  texts: AuditTexts;
  /** Who, when no one is named. */
  nobody: string;
  /** The sentence when there are no entries, when not that the trail is empty (a search found none). */
  empty?: string | undefined;
  /** Columns after the four every trail has. */
  more?: readonly Column<Entry>[];
}

export function AuditTable<Entry extends AuditRow>(props: AuditTableProps<Entry>) {
  const { t, locale, texts } = props;
  // Nothing in this table takes focus: the region does, so keyboard users can scroll it on a phone.
  return (
    <DataTable
      t={t}
      caption={t(`${texts}.caption`)}
      stack
      empty={props.empty ?? t(`${texts}.none`)}
      rows={props.entries}
      rowHeader={false}
      columns={[
        { label: t(`${texts}.when`), cell: (e) => formatTimestamp(locale, e.at) },
        { label: t(`${texts}.who`), cell: (e) => e.who ?? props.nobody },
        {
          label: t(`${texts}.what`),
          cell: (e) => `${codeWords(t, `${texts}.action.`, e.action)} · ${codeWords(t, `${texts}.entity.`, e.entity)}`,
        },
        { label: t(`${texts}.subject`), cell: (e) => e.subject ?? "—" },
        ...(props.more ?? []),
      ]}
    />
  );
}
