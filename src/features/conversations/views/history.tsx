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

const topicLabel = (t: Translate, key: string) =>
  t((key.startsWith("round.") ? `conversations.kind.${key.slice(6)}` : `conversations.${key}`) as MessageKey);

export function HistoryOverviewPage({ t, rows }: ViewProps & { rows: ChildHistoryRow[] }) {
  return (
    <>
      <p>
        <a href="/conversations">{t("conversations.title")}</a>
      </p>
      <h1>{t("conversations.history.title")}</h1>
      <p>{t("conversations.history.intro")}</p>
      <DataTable
        t={t}
        caption={t("conversations.history.title")}
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
      <p>
        <a href="/conversations/history">{t("conversations.history.title")}</a>
      </p>
      <h1>{t("conversations.history.child", { name: child.name })}</h1>
      <p>{t("conversations.history.count", { count: entries.length })}</p>
      <DataTable
        t={t}
        caption={t("conversations.history.child", { name: child.name })}
        rows={entries}
        rowHeader={false}
        columns={[
          { label: t("conversations.history.when"), cell: (entry) => formatMoment(locale, entry.at) },
          { label: t("conversations.round.teacher"), cell: (entry) => entry.teacherName },
          { label: t("conversations.requests.topic"), cell: (entry) => about(t, entry.about) },
        ]}
      />
    </>
  );
}
