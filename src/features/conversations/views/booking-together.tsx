/** Booking siblings together, and what went wrong with the last request. */
import { fieldId, Form } from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import type { Combination } from "../domain/siblings.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { BookingPageData } from "../service/parent-view.js";
import type { FreeSlot } from "../service/refusals.js";
import { slotLabel, type PartProps } from "./booking-choices.js";
import { Section } from "../../../web/components/section.js";

/** What went wrong with the last request, shown above everything else. */
export interface Problem {
  message: string;
  pupilId: string | null;
  alternatives: FreeSlot[];
  /** The form field the message is about, shown there too. */
  field?: string | undefined;
}

function combinationValue(combination: Combination): string {
  return combination.placements.map((p) => `${p.childId}:${p.slot.id}`).join(",");
}

export function Together({
  t,
  csrf,
  locale,
  action,
  data,
  error,
}: PartProps & { action: string; data: BookingPageData; error?: string | undefined }) {
  const nameOf = (id: string) => data.children.find((c) => c.pupilId === id)?.firstName ?? "";
  const teacherOf = (id: string) =>
    data.children.flatMap((c) => c.teachers).find((teacher) => teacher.id === id)?.name ?? "";
  return (
    <Section id="together" title={t("conversations.book.together")}>
      <p>{t("conversations.book.togetherIntro")}</p>
      <Form action={action} csrf={csrf}>
        <FieldsetShell name="combination" legend={t("conversations.book.chooseTime")} error={error}>
          <div class="slot-choices">
            {data.combinations.map((combination, index) => {
              const id = index === 0 ? fieldId("combination") : fieldId(`combination-${index}`);
              return (
                <div class="checkbox">
                  <input
                    type="radio"
                    id={id}
                    name="combination"
                    value={combinationValue(combination)}
                    required
                    aria-invalid={error ? "true" : undefined}
                  />
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
          </div>
        </FieldsetShell>
        <button type="submit">{t("conversations.book.togetherSubmit")}</button>
      </Form>
    </Section>
  );
}

/** The refusal in words, and each nearest free time as a one-click form. */
export function ProblemPanel({
  t,
  csrf,
  locale,
  data,
  problem,
}: PartProps & { data: BookingPageData; problem: Problem }) {
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
