/**
 * Extension points: how one feature asks a question that a feature built on top of it answers,
 * without importing it (features use each other only one way, through index.ts). The asking
 * feature defines a point in its index.ts; the answering one lists a contribution in its manifest
 * (`contributes`); src/features/index.ts installs every manifest's contributions at start, as it
 * registers their catalogs. A point nobody answers gives an empty list.
 */
export interface ExtensionPoint<T> {
  readonly name: string;
  /** Never set: carries the contributions' type. */
  readonly type?: T;
}

export interface Contribution {
  readonly point: string;
  readonly value: unknown;
}

export function extensionPoint<T>(name: string): ExtensionPoint<T> {
  return { name };
}

export function contribution<T>(point: ExtensionPoint<T>, value: T): Contribution {
  return { point: point.name, value };
}

let installed = new Map<string, unknown[]>();

/** Replaces what was installed with these contributions (the composition root calls it once). */
export function installContributions(list: readonly Contribution[]): void {
  const next = new Map<string, unknown[]>();
  for (const { point, value } of list) next.set(point, [...(next.get(point) ?? []), value]);
  installed = next;
}

export function contributionsTo<T>(point: ExtensionPoint<T>): readonly T[] {
  return (installed.get(point.name) ?? []) as T[];
}
