/**
 * The school's own items on the new-measurement form: a few slots, each a
 * group, a domain and the statement in Dutch (English optional). Folded away
 * in a <details> unless something is filled in or wrong; works without JS.
 */
import { Field, formFields, Select } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors } from "../../../web/validation.js";
import { domainIds, type RespondentGroup } from "../domain/instrument.js";
import { currentInstrument } from "../instrument/index.js";
import { pickText } from "../domain/text.js";
import { extraField, extraParts, extraSlots, MAX_EXTRA_ITEMS } from "../service/schemas.js";

interface Props {
  t: Translate;
  locale: Locale;
  values: Record<string, string>;
  errors: FormErrors;
  askable: readonly RespondentGroup[];
}

export function ExtrasFieldset({ t, locale, values, errors, askable }: Props) {
  const names = extraSlots.flatMap((slot) => extraParts.map((part) => extraField(slot, part)));
  const open = names.some((name) => values[name] || errors[name]);
  const choose = { value: "", label: t("measure.extra.choose") };
  const groupOptions = [choose, ...askable.map((g) => ({ value: g, label: t(`measure.group.${g}`) }))];
  const domainOptions = [
    choose,
    ...domainIds.map((d) => ({
      value: d,
      label: pickText(currentInstrument.domains.find((domain) => domain.id === d)!.name, locale).text,
    })),
  ];
  return (
    <details class="extra-items" open={open}>
      <summary>{t("measure.extra.title")}</summary>
      <p class="hint">{t("measure.extra.intro", { n: MAX_EXTRA_ITEMS })}</p>
      {extraSlots.map((slot) => {
        const field = (part: (typeof extraParts)[number]) => formFields(values, errors)(extraField(slot, part));
        return (
          <fieldset class="field">
            <legend>{t("measure.extra.item", { n: slot })}</legend>
            <Select {...field("group")} label={t("measure.extra.group")} options={groupOptions} />
            <Select {...field("domain")} label={t("measure.extra.domain")} options={domainOptions} />
            <Field {...field("nl")} label={t("measure.extra.nl")} />
            <Field {...field("en")} label={t("measure.extra.en")} />
          </fieldset>
        );
      })}
    </details>
  );
}
