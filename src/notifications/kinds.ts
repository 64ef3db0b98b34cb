/**
 * Kinds of notification. Every mail notify() records names its kind, declared once by the
 * feature it belongs to (defineKind, listed in the feature's manifest under `notifications`):
 * whether it is urgent, and how it is delivered until the person chooses otherwise. An urgent
 * kind (a changed conversation time, a security notice) cannot be put in the digest or switched
 * off: it is always sent at once, and its mail says where to manage settings instead of
 * offering to unsubscribe. The composition root registers every manifest's kinds here, so the
 * settings page and the unsubscribe link know them without knowing the features.
 */
import type { MessageKey } from "../web/i18n/index.js";
import type { StaffRole, Viewer } from "../auth/viewer.js";

export const deliveries = ["now", "digest", "off"] as const;
export type Delivery = (typeof deliveries)[number];

export interface NotificationKind {
  /** "<feature>.<what>", e.g. "conversation.booked"; stored in settings and the outbox. */
  readonly name: string;
  /** Cannot be switched off or held for the digest. */
  readonly urgent: boolean;
  /** Without a setting of the person's own; urgent kinds are always "now". */
  readonly delivery: Delivery;
  /** What the settings page calls it ("Bevestiging van een geboekt gesprek"). */
  readonly label: MessageKey;
  /** Who may get it: the settings page shows a person only the kinds one of their roles receives. */
  readonly receivers: readonly Receiver[];
}

/**
 * Who receives a kind: a parent ("guardian") or a staff role in any organisation the person
 * belongs to, a platform editor or administrator, or "anyone" (an address given on the public
 * side, an account's own security), which every person may be.
 */
export type Receiver = "anyone" | "guardian" | StaffRole | "platformEditor" | "platformAdmin";

/** Every staff role but the advisor: the people who work at the school. */
export const schoolStaff = [
  "school_leader",
  "coordinator",
  "office",
  "teacher",
  "mentor",
] as const satisfies readonly StaffRole[];

/** The receivers a person is: "anyone", and each of their roles in every organisation they belong to. */
export function receiversOf(
  person: Pick<Viewer, "organisations" | "isPlatformEditor" | "isPlatformAdmin">,
): Set<Receiver> {
  const receivers = new Set<Receiver>(["anyone"]);
  for (const org of person.organisations) {
    if (org.isGuardian) receivers.add("guardian");
    for (const role of org.staffRoles) receivers.add(role);
  }
  if (person.isPlatformEditor) receivers.add("platformEditor");
  if (person.isPlatformAdmin) receivers.add("platformAdmin");
  return receivers;
}

/** The declared kinds this person can get, in the features' order. */
export function kindsFor(person: Pick<Viewer, "organisations" | "isPlatformEditor" | "isPlatformAdmin">) {
  const receivers = receiversOf(person);
  return allKinds().filter((kind) => kind.receivers.some((receiver) => receivers.has(receiver)));
}

/** The school-time hour a digest comes when the person chose none. */
export const DEFAULT_DIGEST_HOUR = 17;

const NAME = /^[a-z]+(\.[a-z][a-zA-Z]*)+$/;

/** A kind as its feature declares it: delivered at once unless it says otherwise; urgent or not, always said. */
export type KindDeclaration = Omit<NotificationKind, "delivery"> & { readonly delivery?: Delivery };

export function defineKind(declared: KindDeclaration): NotificationKind {
  const kind: NotificationKind = { ...declared, delivery: declared.delivery ?? "now" };
  if (kind.receivers.length === 0) throw new Error(`A notification kind names who receives it: ${kind.name}`);
  if (!NAME.test(kind.name)) throw new Error(`A notification kind is named "<feature>.<what>": ${kind.name}`);
  if (kind.urgent && kind.delivery !== "now") throw new Error(`An urgent kind is sent at once: ${kind.name}`);
  return kind;
}

let registered = new Map<string, NotificationKind>();

/** Called once by the composition root with every manifest's kinds; a name declared twice is refused. */
export function registerKinds(kinds: readonly NotificationKind[]): void {
  const byName = new Map<string, NotificationKind>();
  for (const kind of kinds) {
    if (byName.has(kind.name)) throw new Error(`The notification kind "${kind.name}" is declared twice`);
    byName.set(kind.name, kind);
  }
  registered = byName;
}

/** Every declared kind, in the features' order. */
export function allKinds(): readonly NotificationKind[] {
  return [...registered.values()];
}

export function kindNamed(name: string): NotificationKind | undefined {
  return registered.get(name);
}

/** What a person's setting (or its absence) means for a kind: urgent kinds always come at once. */
export function effectiveDelivery(kind: NotificationKind, chosen: Delivery | null | undefined): Delivery {
  return kind.urgent ? "now" : (chosen ?? kind.delivery);
}
