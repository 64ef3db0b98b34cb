/**
 * A parent's page for one round: per child the booking or the free times, the sibling
 * combinations, and after a refusal what went wrong with the nearest free times.
 */
import { beforeChangeDeadline, bookingWindow } from "../domain/rules.js";
import { formatMoment } from "../../../lib/time/format.js";
import type { BookingPageData } from "../service/parent-view.js";
import { Booked, ChooseTime } from "./booking-choices.js";
import { ProblemPanel, Together, type Problem } from "./booking-together.js";
import { RoundState, type ViewProps } from "./common.js";
import { PreparationLinks } from "./preparation-links.js";
import { PageHead } from "../../../web/components/page-head.js";
import { ActionLink } from "../../../web/components/action-link.js";

export type { Problem } from "./booking-together.js";

interface BookingPageProps extends ViewProps {
  now: Date;
  data: BookingPageData;
  problem?: Problem | undefined;
}

export function BookingPage({ t, csrf, locale, now, data, problem }: BookingPageProps) {
  const { round } = data;
  const canBook = round.mode === "first_come" && bookingWindow(round, now) === "open";
  const canChange = beforeChangeDeadline(round, now);
  const base = `/conversations/rounds/${round.id}`;
  return (
    <>
      <PageHead back={{ href: "/conversations", label: t("conversations.title") }} title={round.name} />
      <p>
        {t(`conversations.kind.${round.kind}`)}
        {/* The kind reads as a sentence of its own before the one that follows it. */}
        {round.kind === "three_way" ? `. ${t("conversations.book.withPupil")}` : ""}
      </p>
      <RoundState t={t} locale={locale} round={round} now={now} />
      <p>{t("conversations.deadline", { date: formatMoment(locale, round.changeDeadline) })}</p>
      {problem ? <ProblemPanel t={t} csrf={csrf} locale={locale} data={data} problem={problem} /> : null}
      {round.mode === "fair" && bookingWindow(round, now) === "open" ? (
        <ActionLink href={`${base}/preferences`} label={t("conversations.preferences.link")} />
      ) : null}
      {data.combinations.length > 0 && canBook ? (
        <Together
          t={t}
          csrf={csrf}
          locale={locale}
          action={`${base}/book-together`}
          data={data}
          error={problem?.field === "combination" ? problem.message : undefined}
        />
      ) : null}
      {data.children.map((child) => (
        <section aria-labelledby={`child-${child.pupilId}`}>
          <h2 id={`child-${child.pupilId}`}>{t("conversations.book.child", { name: child.firstName })}</h2>
          {child.teachers.length ? (
            <p>{t("conversations.book.teacher", { name: child.teachers.map((x) => x.name).join(", ") })}</p>
          ) : null}
          {child.booking ? (
            <>
              <Booked t={t} csrf={csrf} locale={locale} child={child} canChange={canChange} />
              {round.kind === "three_way" ? (
                <PreparationLinks t={t} locale={locale} bookingId={child.booking.id} childName={child.firstName} />
              ) : null}
            </>
          ) : canBook ? (
            <ChooseTime t={t} csrf={csrf} locale={locale} action={`${base}/book`} child={child} />
          ) : null}
        </section>
      ))}
      {/* Only under times listed to choose from: a fair round's parents see none. */}
      {canBook && data.children.some((child) => !child.booking) ? (
        <p>
          <a href={`${base}/other-time`}>{t("conversations.otherTime.link")}</a>
        </p>
      ) : null}
    </>
  );
}
