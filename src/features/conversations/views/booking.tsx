/**
 * A parent's page for one round: per child the booking or the free times, the sibling
 * combinations, and after a refusal what went wrong with the nearest free times.
 */
import { Form } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { beforeChangeDeadline, bookingWindow } from "../domain/rules.js";
import type { Combination } from "../domain/siblings.js";
import { formatMoment, formatSlot } from "../format.js";
import type { BookingPageData, ChildInRound } from "../service/parent-view.js";
import type { FreeSlot } from "../service/refusals.js";
import { RoundState, type ViewProps } from "./common.js";

/** What went wrong with the last request, shown above everything else. */
export interface Problem {
  message: string;
  pupilId: string | null;
  alternatives: FreeSlot[];
}

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
      <p>
        <a href="/conversations">{t("conversations.title")}</a>
      </p>
      <h1>{round.name}</h1>
      <p>
        {t(`conversations.kind.${round.kind}`)}
        {round.kind === "three_way" ? ` ${t("conversations.book.withPupil")}` : ""}
      </p>
      <RoundState t={t} locale={locale} round={round} now={now} />
      <p>{t("conversations.deadline", { date: formatMoment(locale, round.changeDeadline) })}</p>
      {problem ? <ProblemPanel t={t} csrf={csrf} locale={locale} data={data} problem={problem} /> : null}
      {round.mode === "fair" && bookingWindow(round, now) === "open" ? (
        <p>
          <a class="button" href={`${base}/preferences`}>
            {t("conversations.preferences.link")}
          </a>
        </p>
      ) : null}
      {data.combinations.length > 0 && canBook ? (
        <Together t={t} csrf={csrf} locale={locale} action={`${base}/book-together`} data={data} />
      ) : null}
      {data.children.map((child) => (
        <section aria-labelledby={`child-${child.pupilId}`}>
          <h2 id={`child-${child.pupilId}`}>{t("conversations.book.child", { name: child.firstName })}</h2>
          {child.teachers.length ? (
            <p>{t("conversations.book.teacher", { name: child.teachers.map((x) => x.name).join(", ") })}</p>
          ) : null}
          {child.booking ? (
            <Booked t={t} csrf={csrf} locale={locale} child={child} canChange={canChange} />
          ) : canBook ? (
            <ChooseTime t={t} csrf={csrf} locale={locale} action={`${base}/book`} child={child} />
          ) : null}
        </section>
      ))}
    </>
  );
}

interface PartProps {
  t: Translate;
  csrf: string;
  locale: Locale;
}

function slotLabel(locale: Locale, slot: FreeSlot) {
  return `${formatSlot(locale, slot.startsAt, slot.endsAt)} (${slot.teacherName})`;
}

/** Radios of free times; each label says the day, the time and the teacher. */
function SlotRadios(props: PartProps & { name: string; idPrefix: string; slots: FreeSlot[] }) {
  return (
    <fieldset class="field slot-choices">
      <legend>{props.t("conversations.book.chooseTime")}</legend>
      {props.slots.map((slot) => {
        const id = `${props.idPrefix}-${slot.id}`;
        return (
          <div class="checkbox">
            <input type="radio" id={id} name={props.name} value={slot.id} required />
            <label for={id}>{slotLabel(props.locale, slot)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

function ChooseTime({ t, csrf, locale, action, child }: PartProps & { action: string; child: ChildInRound }) {
  if (child.free.length === 0) return <p>{t("conversations.book.noSlots")}</p>;
  return (
    <Form action={action} csrf={csrf}>
      <input type="hidden" name="pupilId" value={child.pupilId} />
      <SlotRadios
        t={t}
        csrf={csrf}
        locale={locale}
        name="slotId"
        idPrefix={`slot-${child.pupilId}`}
        slots={child.free}
      />
      <button type="submit">{t("conversations.book.submit")}</button>
    </Form>
  );
}

function Booked({ t, csrf, locale, child, canChange }: PartProps & { child: ChildInRound; canChange: boolean }) {
  const booking = child.booking;
  if (!booking) return null;
  const time = `${formatSlot(locale, booking.startsAt, booking.endsAt)} (${booking.teacherName})`;
  return (
    <>
      <p class="notice">{t("conversations.book.bookedAt", { time })}</p>
      {canChange ? (
        <>
          {child.free.length ? (
            <details>
              <summary>{t("conversations.book.change")}</summary>
              <Form action={`/conversations/bookings/${booking.id}/change`} csrf={csrf}>
                <SlotRadios
                  t={t}
                  csrf={csrf}
                  locale={locale}
                  name="slotId"
                  idPrefix={`change-${booking.id}`}
                  slots={child.free}
                />
                <button type="submit">{t("conversations.book.changeSubmit")}</button>
              </Form>
            </details>
          ) : null}
          <Form action={`/conversations/bookings/${booking.id}/cancel`} csrf={csrf}>
            <button type="submit" class="secondary">
              {t("conversations.book.cancel")}
            </button>
          </Form>
        </>
      ) : (
        <p>{t("conversations.book.noChanges")}</p>
      )}
    </>
  );
}

function combinationValue(combination: Combination): string {
  return combination.placements.map((p) => `${p.childId}:${p.slot.id}`).join(",");
}

function Together({ t, csrf, locale, action, data }: PartProps & { action: string; data: BookingPageData }) {
  const nameOf = (id: string) => data.children.find((c) => c.pupilId === id)?.firstName ?? "";
  const teacherOf = (id: string) =>
    data.children.flatMap((c) => c.teachers).find((teacher) => teacher.id === id)?.name ?? "";
  return (
    <section aria-labelledby="together">
      <h2 id="together">{t("conversations.book.together")}</h2>
      <p>{t("conversations.book.togetherIntro")}</p>
      <Form action={action} csrf={csrf}>
        <fieldset class="field slot-choices">
          <legend>{t("conversations.book.chooseTime")}</legend>
          {data.combinations.map((combination, index) => {
            const id = index === 0 ? "field-combination" : `field-combination-${index}`;
            return (
              <div class="checkbox">
                <input type="radio" id={id} name="combination" value={combinationValue(combination)} required />
                <label for={id}>
                  {combination.placements
                    .map(
                      (p) =>
                        `${nameOf(p.childId)}: ${formatSlot(locale, p.slot.start, p.slot.end)} (${teacherOf(p.slot.teacherId)})`,
                    )
                    .join("; ")}
                </label>
              </div>
            );
          })}
        </fieldset>
        <button type="submit">{t("conversations.book.togetherSubmit")}</button>
      </Form>
    </section>
  );
}

/** The refusal in words, and each nearest free time as a one-click form. */
function ProblemPanel({ t, csrf, locale, data, problem }: PartProps & { data: BookingPageData; problem: Problem }) {
  const child = data.children.find((c) => c.pupilId === problem.pupilId);
  const action = child?.booking
    ? `/conversations/bookings/${child.booking.id}/change`
    : `/conversations/rounds/${data.round.id}/book`;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{t("conversations.book.refused")}</h2>
      <p>{problem.message}</p>
      {child && problem.alternatives.length ? (
        <>
          <p>{t("conversations.book.alternatives")}</p>
          <ul class="actions">
            {problem.alternatives.map((slot) => (
              <li>
                <Form action={action} csrf={csrf}>
                  <input type="hidden" name="pupilId" value={child.pupilId} />
                  <input type="hidden" name="slotId" value={slot.id} />
                  <button type="submit" class="secondary">
                    {t("conversations.book.takeAlternative", { time: slotLabel(locale, slot) })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
