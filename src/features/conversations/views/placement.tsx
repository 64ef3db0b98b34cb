/** A teacher's pages for placing a family in one of their free times, and for moving or cancelling a conversation. */
import { childInGroup } from "../../../web/group-name.js";
import { Form, Select } from "../../../web/components/forms.js";
import type { Locale } from "../../../web/i18n/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { ManagedBooking, PlacementChoices } from "../service/placement-view.js";
import type { FreeSlot } from "../service/refusals.js";
import type { ViewProps } from "./common.js";
import { Refusal } from "./refusal.js";

interface PlaceProps extends ViewProps {
  data: PlacementChoices;
  /** Preselected from the link that led here (a child on the list, a free time in the schedule). */
  chosen: { pupilId?: string | undefined; slotId?: string | undefined };
  problem?: string | undefined;
}

function BackToRound({ round }: { round: { id: string; name: string } }) {
  return (
    <p>
      <a href={`/conversations/rounds/${round.id}`}>{round.name}</a>
    </p>
  );
}

const slotOptions = (locale: Locale, slots: FreeSlot[]) =>
  slots.map((s) => ({ value: s.id, label: formatSlot(locale, s.startsAt, s.endsAt) }));

export function PlacePage({ t, csrf, locale, data, chosen, problem }: PlaceProps) {
  const { round, children, slots } = data;
  return (
    <section class="narrow">
      <BackToRound round={round} />
      <h1>{t("conversations.place.title")}</h1>
      <Refusal t={t} message={problem} />
      <p>{t("conversations.place.intro")}</p>
      {children.length === 0 ? <p>{t("conversations.place.noChildren")}</p> : null}
      {slots.length === 0 ? <p>{t("conversations.place.noSlots")}</p> : null}
      {children.length > 0 && slots.length > 0 ? (
        <Form action={`/conversations/rounds/${round.id}/place`} csrf={csrf}>
          <Select
            name="pupilId"
            label={t("conversations.place.child")}
            value={chosen.pupilId}
            options={children.map((c) => ({ value: c.pupilId, label: childInGroup(t, c.name, c.groupName) }))}
          />
          <Select
            name="slotId"
            label={t("conversations.place.slot")}
            value={chosen.slotId}
            options={slotOptions(locale, slots)}
          />
          <button type="submit">{t("conversations.place.submit")}</button>
        </Form>
      ) : null}
    </section>
  );
}

interface ManageProps extends ViewProps {
  data: ManagedBooking;
  problem?: string | undefined;
}

export function ManageBookingPage({ t, csrf, locale, data, problem }: ManageProps) {
  const base = `/conversations/rounds/${data.round.id}/placements/${data.bookingId}`;
  return (
    <section class="narrow">
      <BackToRound round={data.round} />
      <h1>{t("conversations.manage.title")}</h1>
      <Refusal t={t} message={problem} />
      <p>
        {t("conversations.manage.current", {
          name: data.pupilName,
          time: formatSlot(locale, data.startsAt, data.endsAt),
        })}
      </p>
      <h2>{t("conversations.manage.move")}</h2>
      {data.slots.length === 0 ? (
        <p>{t("conversations.place.noSlots")}</p>
      ) : (
        <Form action={`${base}/move`} csrf={csrf}>
          <Select name="slotId" label={t("conversations.place.slot")} options={slotOptions(locale, data.slots)} />
          <button type="submit">{t("conversations.manage.moveSubmit")}</button>
        </Form>
      )}
      <h2>{t("conversations.manage.cancel")}</h2>
      <p>{t("conversations.manage.cancelExplain")}</p>
      <p>
        <a class="button secondary" href={`${base}/cancel`}>
          {t("conversations.manage.cancel")}
        </a>
      </p>
    </section>
  );
}
