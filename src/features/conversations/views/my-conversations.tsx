/** A teacher's three-way conversations in a round, with who has prepared and whether agreements are recorded. */
import { VOICES } from "../domain/guide.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { MyConversation } from "../service/my-conversations.js";
import type { Round } from "../service/find-round.js";
import type { ViewProps } from "./common.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";

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
      {conversations.length === 0 ? (
        <p>{t("conversations.mine.none")}</p>
      ) : (
        <ScrollTable t={t} caption={t("conversations.mine.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("conversations.mine.time")}</th>
              <th scope="col">{t("conversations.mine.pupil")}</th>
              <th scope="col">{t("conversations.mine.prepared")}</th>
              <th scope="col">{t("conversations.mine.agreements")}</th>
            </tr>
          </thead>
          <tbody>
            {conversations.map((c) => (
              <tr>
                <td>{formatSlot(locale, c.startsAt, c.endsAt)}</td>
                <th scope="row">
                  <a href={`/conversations/bookings/${c.bookingId}/conversation`}>
                    {t("conversations.mine.open", { name: c.pupilName })}
                  </a>
                </th>
                <td>
                  {VOICES.map(
                    (voice) =>
                      `${t(`conversations.voice.${voice}`)}: ${t(
                        c.prepared.includes(voice) ? "conversations.prepare.done" : "conversations.prepare.open",
                      )}`,
                  ).join(" · ")}
                </td>
                <td>{t(c.hasAgreements ? "conversations.mine.recorded" : "conversations.mine.notRecorded")}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
