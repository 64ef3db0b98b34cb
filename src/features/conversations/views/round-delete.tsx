/** Asking before a round is deleted: how many conversations it cancels, and that the parents are told. */
import type { Round } from "../service/find-round.js";
import type { ViewProps } from "./common.js";
import { ButtonForm } from "../../../web/components/button-form.js";
import { BackLink } from "../../../web/components/back-link.js";

export function DeleteRoundPage({ t, csrf, round, bookings }: ViewProps & { round: Round; bookings: number }) {
  return (
    <section class="narrow">
      <h1>{t("conversations.delete.title")}</h1>
      <p>{t("conversations.delete.question", { name: round.name })}</p>
      <p>
        {bookings > 0
          ? t("conversations.delete.withBookings", { count: bookings })
          : t("conversations.delete.noBookings")}
      </p>
      <ButtonForm
        action={`/conversations/rounds/${round.id}/delete`}
        csrf={csrf}
        class="danger"
        label={t("conversations.delete.submit")}
      />
      <BackLink href={`/conversations/rounds/${round.id}`} label={t("conversations.delete.back")} />
    </section>
  );
}
