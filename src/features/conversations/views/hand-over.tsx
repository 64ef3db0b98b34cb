/**
 * On a round's staff page, for who manages it: the times of a teacher who left, each with the child
 * booked in it, and the form that hands the ticked ones to a teacher of the round's groups. A plain
 * form: checkboxes and a list, no script. The booked children and the teachers are named with their
 * groups: nothing else says whose times these were, nor who teaches those children now.
 */
import { Form, Select } from "../../../web/components/forms.js";
import { Section } from "../../../web/components/section.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { RoundOverview } from "../service/round-overview.js";
import { childInGroup, groupsInText } from "../../../web/group-name.js";
import { CheckboxGroup, type ViewProps } from "./common.js";

/** What a refused hand-over sent: shown again as it was. */
export interface HandOverChoice {
  teacherId: string;
  slotIds: string[];
}

export function FormerTeacherTimes({
  t,
  csrf,
  locale,
  data,
  sent,
}: ViewProps & { data: RoundOverview; sent?: HandOverChoice | undefined }) {
  const { slots, teachers } = data.formerTeacher;
  if (!slots.length) return null;
  const label = (slot: (typeof slots)[number]) =>
    `${formatSlot(locale, slot.startsAt, slot.endsAt)}: ${
      slot.pupilName === null
        ? t("conversations.handOver.free")
        : t("conversations.handOver.booked", { name: childInGroup(t, slot.pupilName, slot.groupName) })
    }`;
  const groupName = new Map(data.groups.map((g) => [g.id, g.name]));
  const teacherLabel = (teacher: (typeof teachers)[number]) => {
    const names = teacher.groupIds.flatMap((id) => groupName.get(id) ?? []);
    return names.length ? `${teacher.name} (${groupsInText(t, names)})` : teacher.name;
  };
  return (
    <Section id="hand-over" title={t("conversations.handOver.title")}>
      <p>{t("conversations.handOver.intro")}</p>
      {teachers.length ? (
        <Form action={`/conversations/rounds/${data.round.id}/hand-over`} csrf={csrf}>
          <CheckboxGroup
            name="slotIds"
            legend={t("conversations.handOver.slots")}
            options={slots.map((slot) => ({ value: slot.id, label: label(slot) }))}
            checked={sent?.slotIds ?? slots.map((slot) => slot.id)}
          />
          <Select
            name="teacherId"
            label={t("conversations.handOver.teacher")}
            hint={t("conversations.handOver.teacherHint")}
            value={sent?.teacherId}
            options={teachers.map((teacher) => ({ value: teacher.userId, label: teacherLabel(teacher) }))}
          />
          <button type="submit">{t("conversations.handOver.submit")}</button>
        </Form>
      ) : (
        <p>{t("conversations.handOver.noTeachers")}</p>
      )}
    </Section>
  );
}
