/**
 * The steps of the trajectory in order, each with what happened: done (and when), skipped (and
 * why), where the school is now (and what keeps it there once a later step is settled), or later;
 * the eindmeting with its deadline; the measurements of each step linked in place. Leaders skip a
 * step on its own page and can take a skip back here.
 */
import { formatDate, formatTimestamp } from "../../../lib/time/format.js";
import { lastDay, schoolDate } from "../../../lib/time/school-date.js";
import type { MeasurementSummary } from "../../measurements/index.js";
import { skippableSteps, type SkippableStep, type Step, type StepView } from "../domain/phase.js";
import { sessionWords } from "../domain/template.js";
import type { SessionRow } from "../service/facts.js";
import type { ActiveTimeline } from "../service/timeline.js";
import type { StaffBase } from "./props.js";
import { Form } from "../../../web/components/forms.js";

/** Which measurements show at which step. */
const kindsAt: Partial<Record<Step, readonly MeasurementSummary["kind"][]>> = {
  baseline: ["baseline"],
  carryingOut: ["interim"],
  final: ["final"],
};

const isSkippable = (step: Step): step is SkippableStep => (skippableSteps as readonly string[]).includes(step);

/** The line a step's sessions are on. */
const lineOf: Partial<Record<Step, SessionRow["line"]>> = { schoolLine: "school", parentLine: "parents" };

/**
 * Why the school still stands at a step when a later one is settled (the phase is the first step
 * neither done nor skipped): on a line, its first session still planned, if any. Null when no
 * later step is settled, so nothing needs explaining.
 */
function heldBack(views: readonly StepView[], index: number, sessions: readonly SessionRow[]) {
  const later = views.slice(index + 1).some((v) => v.state === "done" || v.state === "skipped");
  if (!later) return null;
  const line = lineOf[views[index]!.step];
  const planned = sessions
    .filter((s) => s.line === line && s.status === "planned")
    .sort((a, b) => (a.heldOn ?? "9999").localeCompare(b.heldOn ?? "9999"));
  return { session: planned[0] ?? null };
}

function HeldBack({ t, locale, leads, session, today }: StaffBase & { session: SessionRow | null; today: string }) {
  const line = session?.line === "parents" ? "parents" : "school";
  // A session still ahead cannot be recorded as held yet (heldDayProblem): say when it can.
  const reason = !session
    ? t("trajectory.state.held.step")
    : session.heldOn
      ? t(session.heldOn > today ? `trajectory.state.held.${line}.ahead` : `trajectory.state.held.${line}`, {
          date: formatDate(locale, session.heldOn),
        })
      : t("trajectory.state.held.undated");
  return (
    <>
      <p>
        {t("trajectory.state.held")} {reason}
      </p>
      {session && leads ? (
        <p>
          <a href={`/trajectory/sessions/${session.id}`}>
            {t("trajectory.state.held.open", { topic: sessionWords(t, session).topic })}
          </a>
        </p>
      ) : null}
    </>
  );
}

function StepStatus(
  props: StaffBase & { view: StepView; data: ActiveTimeline; held: { session: SessionRow | null } | null },
) {
  const { t, locale, view, data, held } = props;
  const skip = data.skips.find((s) => s.step === view.step);
  switch (view.state) {
    case "done":
      return (
        <p>
          {view.doneOn
            ? t("trajectory.state.doneOn", { date: formatDate(locale, view.doneOn) })
            : t("trajectory.state.done")}
        </p>
      );
    case "skipped":
      return (
        <p>
          {t("trajectory.state.skipped", { reason: skip?.reason ?? "" })}{" "}
          <span class="muted">
            {t("trajectory.state.skippedBy", {
              name: skip?.skippedBy ?? t("trajectory.someone"),
              at: skip ? formatTimestamp(locale, skip.skippedAt) : "",
            })}
          </span>
        </p>
      );
    case "current":
      return (
        <>
          <p>
            <strong>{t("trajectory.state.current")}</strong>
          </p>
          {held ? <HeldBack {...props} session={held.session} today={data.today} /> : null}
        </>
      );
    case "upcoming":
      return <p class="muted">{t("trajectory.state.upcoming")}</p>;
  }
}

function LinkedMeasurements(props: StaffBase & { list: MeasurementSummary[] }) {
  const { t, locale, csrf, leads, seesMeasurements, list } = props;
  if (!list.length) return null;
  return (
    <ul>
      {list.map((m) => (
        <li>
          {seesMeasurements ? <a href={`/organisation/measurements/${m.id}`}>{m.title}</a> : m.title}
          {" – "}
          {t(`trajectory.measurement.${m.status}`, {
            date: formatDate(locale, m.status === "scheduled" ? schoolDate(m.opensAt) : lastDay(m.closesAt)),
          })}
          {leads ? (
            <Form action={`/trajectory/measurements/${m.id}/unlink`} csrf={csrf}>
              <button type="submit" class="link-button">
                {t("trajectory.measurement.unlink", { title: m.title })}
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function StepControls({ t, csrf, leads, view }: StaffBase & { view: StepView }) {
  if (!leads || !isSkippable(view.step)) return null;
  if (view.state === "skipped")
    return (
      <Form action="/trajectory/unskip" csrf={csrf}>
        <input type="hidden" name="step" value={view.step} />
        <button type="submit" class="link-button">
          {t("trajectory.skip.undo")}
        </button>
      </Form>
    );
  if (view.state === "done") return null;
  return (
    <p>
      <a href={`/trajectory/skip?step=${view.step}`}>
        {t("trajectory.skip.link", { step: t(`trajectory.step.${view.step}`) })}
      </a>
    </p>
  );
}

export function StepList(props: StaffBase & { data: ActiveTimeline }) {
  const { t, locale, data } = props;
  return (
    <ol class="timeline">
      {data.state.steps.map((view, index) => (
        <li class={`timeline-step timeline-${view.state}`} aria-current={view.state === "current" ? "step" : undefined}>
          <h3>{t(`trajectory.step.${view.step}`)}</h3>
          <p class="hint">{t(`trajectory.step.${view.step}.about`)}</p>
          <StepStatus {...props} view={view} held={heldBack(data.state.steps, index, data.sessions)} />
          {view.dueOn ? (
            <p class={view.overdue ? "field-error" : undefined}>
              {t(view.overdue ? "trajectory.final.overdue" : "trajectory.final.due", {
                date: formatDate(locale, view.dueOn),
              })}
            </p>
          ) : null}
          <LinkedMeasurements {...props} list={data.measurements.filter((m) => kindsAt[view.step]?.includes(m.kind))} />
          <StepControls {...props} view={view} />
        </li>
      ))}
    </ol>
  );
}
