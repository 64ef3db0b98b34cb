/**
 * The campaign's call and its four principles as the platform starts with them, in our own words
 * (after the campaign "Samen zijn wij school"); editors replace them at /campagne/redactie.
 */
import type { Locale } from "../../../web/i18n/index.js";

const nl = `Kinderen leren en groeien het best als school en ouders samen optrekken. Daarom vragen wij ouders, leraren, schoolleiders, scholen en organisaties om zich achter deze oproep te scharen: **samen zijn wij school**.

Het gaat ons allemaal om hetzelfde: dat een kind zich goed ontwikkelt en zich goed voelt. Een goede samenwerking tussen thuis en school helpt het kind, en ook de ouder en de leraar.

Wie deze oproep onderschrijft, staat voor vier uitgangspunten:

1. **Samen voor het kind.** School en ouders werken samen aan hoe het kind leert en hoe het zich voelt.
2. **Elkaars kennis telt.** Ouders kennen hun kind als geen ander, leraren weten veel van leren en lesgeven. Die kennis waarderen we over en weer.
3. **Samen beslissen.** Over wat er voor een kind belangrijk is, beslissen ouders en school samen.
4. **Het goede voorbeeld geven.** We laten zien hoe goede samenwerking eruitziet en nodigen anderen uit om mee te doen.

Staat u hier ook voor? Onderschrijf de oproep, vertel uw verhaal en deel uw tip. Samen komen we verder.`;

const en = `Children learn and grow best when school and parents work together. That is why we ask parents, teachers, school leaders, schools and organisations to stand behind this call: **together we are school**.

We all want the same thing: that a child develops well and feels well. Good cooperation between home and school helps the child, and the parent and the teacher too.

Whoever endorses this call stands for four principles:

1. **Together for the child.** School and parents work together on how the child learns and how it feels.
2. **Each other's knowledge counts.** Parents know their child like no one else; teachers know a lot about learning and teaching. We value that knowledge both ways.
3. **Deciding together.** Parents and school decide together about what matters for a child.
4. **Setting the example.** We show what good cooperation looks like and invite others to join in.

Do you stand for this too? Endorse the call, tell your story and share your tip. Together we get further.`;

export function defaultCampaignText(locale: Locale): string {
  return locale === "en" ? en : nl;
}
