/** Choosing a time for one child, and a child's booking with changing and cancelling. */
import { Form } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { ChildInRound } from "../service/parent-view.js";
import type { FreeSlot } from "../service/refusals.js";
import { teacherLabel } from "../teacher-label.js";

export interface PartProps {
  t: Translate;
  csrf: string;
  locale: Locale;
}

export function slotLabel(locale: Locale, slot: FreeSlot) {
  return `${formatSlot(locale, slot.startsAt, slot.endsAt)} (${slot.teacherName})`;
}

/** Radios of free times, posted as `slotId`; each label says the day, the time and the teacher. */
function SlotRadios(props: Omit<PartProps, "csrf"> & { idPrefix: string; slots: FreeSlot[] }) {
  return (
    <fieldset class="field slot-choices">
      <legend>{props.t("conversations.book.chooseTime")}</legend>
      {props.slots.map((slot) => {
        const id = `${props.idPrefix}-${slot.id}`;
        return (
          <div class="checkbox">
            <input type="radio" id={id} name="slotId" value={slot.id} required />
            <label for={id}>{slotLabel(props.locale, slot)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function ChooseTime({ t, csrf, locale, action, child }: PartProps & { action: string; child: ChildInRound }) {
  if (child.free.length === 0) return <p>{t("conversations.book.noSlots")}</p>;
  return (
    <Form action={action} csrf={csrf}>
      <input type="hidden" name="pupilId" value={child.pupilId} />
      <SlotRadios t={t} locale={locale} idPrefix={`slot-${child.pupilId}`} slots={child.free} />
      <button type="submit">{t("conversations.book.submit")}</button>
    </Form>
  );
}

export function Booked({ t, csrf, locale, child, canChange }: PartProps & { child: ChildInRound; canChange: boolean }) {
  const booking = child.booking;
  if (!booking) return null;
  const time = `${formatSlot(locale, booking.startsAt, booking.endsAt)} (${teacherLabel(t, booking.teacherName)})`;
  return (
    <>
      <p class="notice">{t("conversations.book.bookedAt", { time })}</p>
      {canChange ? (
        <>
          {child.free.length ? (
            <details>
              <summary>{t("conversations.book.change")}</summary>
              <Form action={`/conversations/bookings/${booking.id}/change`} csrf={csrf}>
                <SlotRadios t={t} locale={locale} idPrefix={`change-${booking.id}`} slots={child.free} />
                <button type="submit">{t("conversations.book.changeSubmit")}</button>
              </Form>
            </details>
          ) : null}
          <p>
            <a class="button secondary" href={`/conversations/bookings/${booking.id}/cancel`}>
              {t("conversations.book.cancel")}
            </a>
          </p>
        </>
      ) : (
        <p>{t("conversations.book.noChanges")}</p>
      )}
    </>
  );
}
