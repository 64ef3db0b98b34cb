/** A teacher's three-way conversations in a round, with who has prepared and whether agreements are recorded. */
import { VOICES } from "../domain/guide.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { MyConversation } from "../service/my-conversations.js";
import type { Round } from "../service/find-round.js";
import type { ViewProps } from "./common.js";
import { DataTable } from "../../../web/components/data-table.js";

interface MyConversationsProps extends Omit<ViewProps, "csrf"> {
  round: Round;
  conversations: MyConversation[];
}

export function MyConversationsPage({ t, locale, round, conversations }: MyConversationsProps) {
  return (
    <>
      <p>
        <a href={`/conversations/rounds/${round.id}`}>{round.name}</a>
      </p>
      <h1>{t("conversations.mine.title")}</h1>
      <p>{t("conversations.mine.intro")}</p>
      <p>
        <a href={`/conversations/guide.pdf?lang=${locale}`}>{t("conversations.prepare.links.guide")}</a>
      </p>
      <DataTable
        t={t}
        caption={t("conversations.mine.caption")}
        stack
        empty={t("conversations.mine.none")}
        rows={conversations}
        rowHeader={1}
        columns={[
          { label: t("conversations.mine.time"), cell: (c) => formatSlot(locale, c.startsAt, c.endsAt) },
          {
            label: t("conversations.mine.pupil"),
            cell: (c) => (
              <a href={`/conversations/bookings/${c.bookingId}/conversation`}>
                {t("conversations.mine.open", { name: c.pupilName })}
              </a>
            ),
          },
          {
            label: t("conversations.mine.prepared"),
            cell: (c) =>
              VOICES.map(
                (voice) =>
                  `${t(`conversations.voice.${voice}`)}: ${t(
                    c.prepared.includes(voice) ? "conversations.prepare.done" : "conversations.prepare.open",
                  )}`,
              ).join(" · "),
          },
          {
            label: t("conversations.mine.agreements"),
            cell: (c) => t(c.hasAgreements ? "conversations.mine.recorded" : "conversations.mine.notRecorded"),
          },
        ]}
      />
    </>
  );
}
