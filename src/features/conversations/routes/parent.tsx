/**
 * A parent's booking: the page of a round, booking one child, booking siblings together,
 * changing and cancelling. Every request ends in a definite answer: a redirect with a
 * confirmation, or the page again with the refusal in words (and the nearest free times).
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors } from "../../../web/validation.js";
import { bookForm, changeForm, combinationForm } from "../schemas.js";
import { alternativesOnPage, bookSlot, bookTogether } from "../service/booking.js";
import { retryOnDeadlock } from "../service/constraint.js";
import { bookingToCancel, cancelBooking, changeBooking } from "../service/changes.js";
import { bookingPage, type BookingPageData } from "../service/parent-view.js";
import type { BookingOutcome } from "../service/refusals.js";
import { refusalStatus } from "../../../web/form-refusal.js";
import { BookingPage, type Problem } from "../views/booking.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import type { Tx } from "../../../db/client.js";
import { bookingScopeOf, confirmCancel, parentsOnly } from "./context.js";

async function roundPage(
  c: Context<AppEnv>,
  roundId: string,
  problem?: Problem,
  status: 200 | 403 | 409 | 422 = 200,
  read?: BookingPageData,
) {
  const data = read ?? (await bookingPage({ ...scopeOf(c), roundId }));
  const page = <BookingPage {...pageProps(c)} now={new Date()} data={data} problem={problem} />;
  return renderPage(c, { title: data.round.name, children: page }, status);
}

/** A form that did not parse (nothing chosen, or tampered with): its first message. */
function invalidForm(c: Context<AppEnv>, roundId: string, errors: FormErrors) {
  const [field, message = c.var.t("error.invalid")] = Object.entries(errors)[0] ?? [];
  return roundPage(c, roundId, { message, pupilId: null, alternatives: [], field }, 422);
}

async function answer(
  c: Context<AppEnv>,
  roundId: string,
  outcome: BookingOutcome<unknown> | string,
  flash: Parameters<typeof redirectWithFlash>[2],
) {
  if (typeof outcome === "string") return redirectWithFlash(c, outcome, flash);
  if (outcome.ok) return redirectWithFlash(c, bookingPath(roundId), flash);
  const data = outcome.page ?? (await bookingPage({ ...scopeOf(c), roundId }));
  const problem = {
    message: c.var.t(outcome.key),
    pupilId: outcome.pupilId,
    alternatives: alternativesOnPage(outcome, data),
  };
  return roundPage(c, roundId, problem, refusalStatus(outcome), data);
}

const bookingPath = (roundId: string) => `/conversations/rounds/${roundId}/book`;

/**
 * Books once per submitted form: a second press of the same form (a double click, a resent
 * post) answers as the first did, with the booking, instead of "you have booked already".
 */
function bookOnce(c: Context<AppEnv>, roundId: string, book: (db: Tx) => Promise<BookingOutcome<unknown>>) {
  // The claim and the booking in the organisation's one transaction (no savepoint between
  // them), tried again whole when PostgreSQL ends it to break a deadlock. Its statements are
  // lookups and inserts by key, planned once per connection (keyLookups): the confirmation's
  // reads were planned again at every booking, which cost more than running them.
  return retryOnDeadlock(() =>
    oncePerForm(
      c,
      async (db) => {
        const outcome = await book(db);
        return outcome.ok ? bookingPath(roundId) : outcome;
      },
      { joined: scopeOf(c), location: bookingPath(roundId), keyLookups: true },
    ),
  );
}

export const parentRoutes = new Hono<AppEnv>()
  .get("/rounds/:roundId/book", parentsOnly, (c) => roundPage(c, pathId(c, "roundId")))
  .post("/rounds/:roundId/book", parentsOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const form = await parseForm(c, bookForm);
    if (!form.ok) return invalidForm(c, roundId, form.errors);
    const outcome = await bookOnce(c, roundId, (db) => bookSlot({ ...bookingScopeOf(c, roundId), db, ...form.data }));
    return answer(c, roundId, outcome, "conversations.book.booked");
  })
  .post("/rounds/:roundId/book-together", parentsOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const form = await parseForm(c, combinationForm);
    if (!form.ok) return invalidForm(c, roundId, form.errors);
    const requests = form.data.combination;
    const outcome = await bookOnce(c, roundId, (db) => bookTogether({ ...bookingScopeOf(c, roundId), db, requests }));
    return answer(c, roundId, outcome, "conversations.book.bookedTogether");
  })
  .post("/bookings/:bookingId/change", parentsOnly, async (c) => {
    const bookingId = pathId(c, "bookingId");
    const form = await parseForm(c, changeForm);
    const slotId = form.ok ? form.data.slotId : null;
    const { roundId, outcome } = await changeBooking({ ...bookingScopeOf(c, ""), bookingId, slotId });
    return answer(c, roundId, outcome, "conversations.book.changed");
  })
  .get("/bookings/:bookingId/cancel", parentsOnly, async (c) => {
    const { t } = c.var;
    const booking = await bookingToCancel({ ...bookingScopeOf(c, ""), bookingId: pathId(c, "bookingId") });
    return confirmCancel(c, booking, {
      action: `/conversations/bookings/${booking.bookingId}/cancel`,
      consequence: t("conversations.book.cancelConsequence"),
      submit: t("conversations.book.cancelSubmit"),
      back: { href: `/conversations/rounds/${booking.roundId}/book`, label: t("conversations.book.cancelBack") },
    });
  })
  .post("/bookings/:bookingId/cancel", parentsOnly, async (c) => {
    const bookingId = pathId(c, "bookingId");
    const { roundId, outcome } = await cancelBooking({ ...bookingScopeOf(c, ""), bookingId });
    return answer(c, roundId, outcome, "conversations.book.cancelled");
  });
