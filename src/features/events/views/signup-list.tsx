/**
 * Who signed up, as the staff who organise the event see it: the total against the capacity in a
 * sentence, then a table of names and numbers (scrolling inside its region on a phone).
 */
import { formatMoment } from "../../../lib/time/format.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { SignupList } from "../service/signup-list.js";
import { Section } from "../../../web/components/section.js";

export function SignupListView({ t, locale, list }: { t: Translate; locale: Locale; list: SignupList }) {
  const total =
    list.capacity === null
      ? t("events.list.total", { taken: list.taken, count: list.signups.length })
      : t("events.list.totalOf", { taken: list.taken, capacity: list.capacity, count: list.signups.length });
  const attendance = list.signups.some((s) => s.attended !== null);
  return (
    <Section id="signups-title" title={t("events.list.title")}>
      {list.cancelled ? <p class="notice">{t("events.list.cancelled")}</p> : null}
      <p>{total}</p>
      {list.signups.length ? (
        <ScrollTable t={t} caption={t("events.list.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("events.list.name")}</th>
              <th scope="col">{t("events.list.people")}</th>
              <th scope="col">{t("events.list.when")}</th>
              {attendance ? <th scope="col">{t("events.list.attended")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.signups.map((s) => (
              <tr>
                <td>{s.name}</td>
                <td>{s.people}</td>
                <td>{formatMoment(locale, s.signedUpAt)}</td>
                {attendance ? (
                  <td>
                    {t(
                      s.attended === null
                        ? "events.list.notRecorded"
                        : s.attended
                          ? "events.list.came"
                          : "events.list.absent",
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{t("events.list.none")}</p>
      )}
      {list.waiting.length ? (
        <>
          <h3>{t("events.list.waitingTitle", { count: list.waiting.length })}</h3>
          <ScrollTable t={t} caption={t("events.list.waitingCaption")}>
            <thead>
              <tr>
                <th scope="col">{t("events.list.position")}</th>
                <th scope="col">{t("events.list.name")}</th>
                <th scope="col">{t("events.list.people")}</th>
                <th scope="col">{t("events.list.when")}</th>
              </tr>
            </thead>
            <tbody>
              {list.waiting.map((s, i) => (
                <tr>
                  <td>{i + 1}</td>
                  <td>{s.name}</td>
                  <td>{s.people}</td>
                  <td>{formatMoment(locale, s.signedUpAt)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      ) : null}
    </Section>
  );
}
