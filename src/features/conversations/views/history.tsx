/**
 * The family history for the school: per child how many conversations were held and on which
 * topics, and per child the list (when, with whom, about what). Never a note.
 */
import type { MessageKey, Translate } from "../../../web/i18n/index.js";
import { formatMoment } from "../../../lib/time/format.js";
import type { ChildInfo } from "../service/request-access.js";
import { topicKey, type ChildHistoryRow, type HistoryEntry, type HistoryTopic } from "../service/history.js";
import type { ViewProps } from "./common.js";
import { DataTable } from "../../../web/components/data-table.js";
import { PageHead } from "../../../web/components/page-head.js";
import { teacherLabel } from "../teacher-label.js";

const topicLabel = (t: Translate, key: string) =>
  t((key.startsWith("round.") ? `conversations.kind.${key.slice(6)}` : `conversations.${key}`) as MessageKey);

export function HistoryOverviewPage({ t, rows }: ViewProps & { rows: ChildHistoryRow[] }) {
  return (
    <>
      <PageHead
        back={{ href: "/conversations", label: t("conversations.title") }}
        title={t("conversations.history.title")}
        intro={t("conversations.history.intro")}
      />
      <DataTable
        t={t}
        caption={t("conversations.history.title")}
        stack
        empty={t("conversations.history.noChildren")}
        rows={rows}
        columns={[
          {
            label: t("conversations.schedule.pupil"),
            cell: (row) => <a href={`/conversations/history/${row.pupilId}`}>{row.name}</a>,
          },
          { label: t("conversations.schedule.group"), cell: (row) => row.groupName },
          { label: t("conversations.history.held"), cell: (row) => row.held },
          {
            label: t("conversations.history.topics"),
            cell: (row) => [...row.topics].map(([key, count]) => `${topicLabel(t, key)} (${count})`).join(", "),
          },
        ]}
      />
    </>
  );
}

const about = (t: Translate, topic: HistoryTopic) =>
  "name" in topic ? `${topic.name} (${topicLabel(t, topicKey(topic))})` : topicLabel(t, topicKey(topic));

export function ChildHistoryPage({
  t,
  locale,
  child,
  entries,
}: ViewProps & { child: ChildInfo; entries: HistoryEntry[] }) {
  return (
    <>
      <PageHead
        back={{ href: "/conversations/history", label: t("conversations.history.title") }}
        title={t("conversations.history.child", { name: child.name })}
        intro={t("conversations.history.count", { count: entries.length })}
      />
      <DataTable
        t={t}
        caption={t("conversations.history.child", { name: child.name })}
        stack
        rows={entries}
        rowHeader={false}
        columns={[
          { label: t("conversations.history.when"), cell: (entry) => formatMoment(locale, entry.at) },
          { label: t("conversations.round.teacher"), cell: (entry) => teacherLabel(t, entry.teacherName) },
          { label: t("conversations.requests.topic"), cell: (entry) => about(t, entry.about) },
        ]}
      />
    </>
  );
}
