/**
 * The shape of a measurement instrument: the six domains of partnership, one
 * questionnaire per respondent group, the answer scale and (for the team) the
 * block on capacity for change. Instruments are versioned data in
 * `../instrument/`; a measurement stores the version it used, so changing an
 * instrument never alters old results. `parseInstrument` checks the data at
 * load, including the rules a schema alone cannot express.
 */
import { z } from "zod";
import { isScalePoints, type ScalePoints } from "./scale.js";
import { localisedTextSchema, writtenTextSchema, type LocalisedText } from "./text.js";

export const respondentGroups = ["team", "parents", "pupils", "young"] as const;
export type RespondentGroup = (typeof respondentGroups)[number];

export const domainIds = ["vision", "behaviour", "involvement", "learning", "conversations", "information"] as const;
export type DomainId = (typeof domainIds)[number];

export function isDomainId(value: string): value is DomainId {
  return (domainIds as readonly string[]).includes(value);
}

export const changeAspects = ["time", "support", "readiness"] as const;
export type ChangeAspect = (typeof changeAspects)[number];

export const ITEMS_PER_DOMAIN = { min: 4, max: 6 } as const;

const itemSchema = z.object({ id: z.string(), text: localisedTextSchema });

const scalePointSchema = z.object({
  value: z.number().int(),
  label: localisedTextSchema,
  /** Pictorial scales only: which face to draw, and the name a screen reader announces. */
  face: z.enum(["sad", "neutral", "happy"]).optional(),
  accessibleName: localisedTextSchema.optional(),
});

const questionnaireSchema = z.object({
  intro: localisedTextSchema,
  /** Without `desired` the group answers how it is now only (young children). */
  prompts: z.object({ current: localisedTextSchema, desired: localisedTextSchema.optional() }),
  scale: z.object({ points: z.array(scalePointSchema), dontKnow: localisedTextSchema }),
  domains: z.array(
    z.object({ domain: z.enum(domainIds), items: z.array(itemSchema), openQuestion: localisedTextSchema.optional() }),
  ),
  changeCapacity: z
    .object({
      title: localisedTextSchema,
      intro: localisedTextSchema,
      items: z.array(itemSchema.extend({ aspect: z.enum(changeAspects) })),
    })
    .optional(),
});

export const instrumentSchema = z.object({
  version: z.number().int().positive(),
  domains: z.array(z.object({ id: z.enum(domainIds), name: localisedTextSchema, description: localisedTextSchema })),
  questionnaires: z.object({
    team: questionnaireSchema,
    parents: questionnaireSchema,
    pupils: questionnaireSchema,
    young: questionnaireSchema,
  }),
});

export type Instrument = z.infer<typeof instrumentSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/**
 * An item a school adds itself. It carries its own texts and is reported per
 * item, never in domain figures, so those stay comparable over time and
 * between schools.
 */
export const extraItemSchema = z.object({
  id: z.templateLiteral(["extra.", z.string().regex(/^[a-z0-9-]+$/)]),
  group: z.enum(respondentGroups),
  domain: z.enum(domainIds),
  text: writtenTextSchema,
});
export type ExtraItem = z.infer<typeof extraItemSchema>;

/** Parses instrument data and checks ids, counts and scales; throws on the first problem. */
export function parseInstrument(data: unknown): Instrument {
  const instrument = instrumentSchema.parse(data);
  const problems = instrumentProblems(instrument);
  if (problems.length) throw new Error(`Invalid instrument v${instrument.version}: ${problems.join("; ")}`);
  return instrument;
}

function instrumentProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const claim = (id: string, pattern: RegExp) => {
    if (!pattern.test(id)) problems.push(`${id} does not match ${pattern.source}`);
    if (ids.has(id)) problems.push(`${id} is used twice`);
    ids.add(id);
  };
  if (instrument.domains.map((d) => d.id).join() !== domainIds.join())
    problems.push("domains must be the six, in order");
  for (const group of respondentGroups) {
    const questionnaire = instrument.questionnaires[group];
    problems.push(...scaleProblems(group, questionnaire));
    if (questionnaire.domains.map((d) => d.domain).join() !== domainIds.join()) {
      problems.push(`${group}: every domain once, in order`);
    }
    for (const { domain, items } of questionnaire.domains) {
      if (items.length < ITEMS_PER_DOMAIN.min || items.length > ITEMS_PER_DOMAIN.max) {
        problems.push(`${group}.${domain} has ${items.length} items`);
      }
      for (const item of items) claim(item.id, new RegExp(`^${group}\\.${domain}\\.\\d+$`));
    }
    for (const item of questionnaire.changeCapacity?.items ?? []) {
      claim(item.id, new RegExp(`^${group}\\.capacity\\.${item.aspect}\\.\\d+$`));
    }
  }
  return problems;
}

function scaleProblems(group: RespondentGroup, questionnaire: Questionnaire): string[] {
  const points = questionnaire.scale.points;
  const problems: string[] = [];
  if (!isScalePoints(points.length)) problems.push(`${group}: a scale has 3 or 5 points`);
  if (points.some((point, index) => point.value !== index + 1)) problems.push(`${group}: scale values are 1, 2, 3…`);
  // A pictorial scale must still make sense to someone who cannot see the faces.
  if (points.length === 3 && points.some((p) => !p.face || !p.accessibleName)) {
    problems.push(`${group}: a three-point scale needs faces with accessible names`);
  }
  return problems;
}

export function scalePoints(instrument: Instrument, group: RespondentGroup): ScalePoints {
  const points = instrument.questionnaires[group].scale.points.length;
  if (!isScalePoints(points)) throw new Error(`${group}: a scale has 3 or 5 points`);
  return points;
}

/** What scoring needs to know about an answered id. */
export type ItemRole =
  { kind: "core"; domain: DomainId } | { kind: "extra"; domain: DomainId } | { kind: "capacity"; aspect: ChangeAspect };

/** Every id a respondent of this group can answer, with its role. */
export function itemRoles(
  instrument: Instrument,
  group: RespondentGroup,
  extras: readonly ExtraItem[] = [],
): ReadonlyMap<string, ItemRole> {
  const questionnaire = instrument.questionnaires[group];
  const roles = new Map<string, ItemRole>();
  for (const { domain, items } of questionnaire.domains) {
    for (const item of items) roles.set(item.id, { kind: "core", domain });
  }
  for (const item of questionnaire.changeCapacity?.items ?? [])
    roles.set(item.id, { kind: "capacity", aspect: item.aspect });
  for (const extra of extras) {
    if (extra.group !== group) continue;
    if (roles.has(extra.id)) throw new Error(`Extra item ${extra.id} is used twice`);
    roles.set(extra.id, { kind: "extra", domain: extra.domain });
  }
  return roles;
}

/** Every text a respondent of this group may see; for checking translations. */
export function questionnaireTexts(instrument: Instrument, group: RespondentGroup): LocalisedText[] {
  const q = instrument.questionnaires[group];
  return [
    ...instrument.domains.flatMap((d) => [d.name, d.description]),
    q.intro,
    q.prompts.current,
    ...(q.prompts.desired ? [q.prompts.desired] : []),
    q.scale.dontKnow,
    ...q.scale.points.flatMap((p) => [p.label, ...(p.accessibleName ? [p.accessibleName] : [])]),
    ...q.domains.flatMap((d) => [...d.items.map((i) => i.text), ...(d.openQuestion ? [d.openQuestion] : [])]),
    ...(q.changeCapacity
      ? [q.changeCapacity.title, q.changeCapacity.intro, ...q.changeCapacity.items.map((i) => i.text)]
      : []),
  ];
}
