/** Progress by domain and by owner: of the actions that count, how many are done, under way, overdue. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";
import { domainIds, domainName } from "../../measurements/index.js";
import { percentDone, progressBy, type Progress } from "../domain/progress.js";
import { actionOwners, type ActionSnapshot } from "../domain/snapshot.js";
import { Section } from "../../../web/components/section.js";

function Rows({ t, rows }: { t: Translate; rows: { name: string; progress: Progress }[] }) {
  return (
    <tbody>
      {rows.map(({ name, progress }) => (
        <tr>
          <th scope="row">{name}</th>
          <td>{t("plan.progress.doneOf", { done: progress.done, total: progress.total })}</td>
          <td>{`${percentDone(progress) ?? 0}%`}</td>
          <td>{progress.underway}</td>
          <td>{progress.overdue}</td>
        </tr>
      ))}
    </tbody>
  );
}

function Head({ t, first }: { t: Translate; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t("plan.progress.done")}</th>
        <th scope="col">{t("plan.progress.percent")}</th>
        <th scope="col">{t("plan.progress.underway")}</th>
        <th scope="col">{t("plan.progress.overdue")}</th>
      </tr>
    </thead>
  );
}

export function ProgressPanel(props: { t: Translate; locale: Locale; actions: ActionSnapshot[]; today: string }) {
  const { t, locale, actions, today } = props;
  const byDomain = progressBy(actions, domainIds, (a) => a.domain, today).map(({ key, progress }) => ({
    name: domainName(key, locale),
    progress,
  }));
  const byOwner = progressBy(actions, actionOwners, (a) => a.owner, today).map(({ key, progress }) => ({
    name: t(`plan.owner.${key}`),
    progress,
  }));
  return (
    <Section id="progress-title" title={t("plan.progress.title")}>
      {byDomain.length === 0 ? (
        <p>{t("plan.progress.none")}</p>
      ) : (
        <>
          <ScrollTable t={t} caption={t("plan.progress.byDomain")}>
            <Head t={t} first={t("plan.field.domain")} />
            <Rows t={t} rows={byDomain} />
          </ScrollTable>
          <ScrollTable t={t} caption={t("plan.progress.byOwner")}>
            <Head t={t} first={t("plan.field.owner")} />
            <Rows t={t} rows={byOwner} />
          </ScrollTable>
        </>
      )}
    </Section>
  );
}
