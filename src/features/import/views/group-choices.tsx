/**
 * On the preview, one select per group name the school does not have (beside groups it has):
 * create it, or put its pupils in an existing group. Nothing is preselected, so no near-duplicate
 * of "7B" is made because someone pressed Import without reading.
 */
import { ErrorSummary, Select } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { CREATE, groupChoiceField, groupNameField, mapValue } from "../group-choices.js";
import type { ImportPlan } from "../plan.js";

interface GroupChoicesProps {
  t: Translate;
  groups: ImportPlan["groups"];
  /** What the person chose when they sent the form; absent when the preview is first shown. */
  chosen: ReadonlyMap<string, string> | undefined;
}

/** The names to decide on: new ones, and those already mapped (so a choice can still be changed). */
export function namesToChoose(groups: ImportPlan["groups"]): string[] {
  if (groups.existing.length === 0) return [];
  return [...groups.create, ...groups.mapped.map((m) => m.from)];
}

export function GroupChoices({ t, groups, chosen }: GroupChoicesProps) {
  const names = namesToChoose(groups);
  const errors = Object.fromEntries(
    names.map((name, i) => [
      groupChoiceField(i),
      chosen && groups.ask.includes(name) ? t("import.preview.groupChoice.required", { name }) : undefined,
    ]),
  );
  const existing = groups.existing.map((name) => ({
    value: mapValue(name),
    label: t("import.preview.groupChoice.map", { name }),
  }));
  return (
    <fieldset class="group-choices">
      <legend>{t("import.preview.groupChoice.legend")}</legend>
      <ErrorSummary t={t} errors={errors} />
      <p class="hint">{t("import.preview.groupChoice.hint")}</p>
      {names.map((name, i) => (
        <>
          <input type="hidden" name={groupNameField(i)} value={name} />
          <Select
            name={groupChoiceField(i)}
            label={t("import.preview.groupChoice.label", { name })}
            error={errors[groupChoiceField(i)]}
            value={chosen?.get(name) ?? ""}
            options={[
              { value: "", label: t("import.preview.groupChoice.choose") },
              { value: CREATE, label: t("import.preview.groupChoice.create", { name }) },
              ...existing,
            ]}
          />
        </>
      ))}
    </fieldset>
  );
}
