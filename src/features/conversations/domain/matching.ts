/**
 * Bipartite matching of families to slots of one teacher: as many families as possible, and
 * among those matchings the lowest total cost (a cost of 1 for a time that is possible but not
 * preferred). This is min-cost max-flow by successive shortest augmenting paths: each round
 * augments along a cheapest path from any unmatched family to any free slot, which keeps the
 * matching the cheapest of its size (no negative cycles, so a queue-based Bellman–Ford works).
 */

export interface Edge {
  /** Index of the slot (right side). */
  right: number;
  cost: number;
}

export interface Matching {
  /** For each family (left side), the slot index or -1. */
  rightOf: Int32Array;
  size: number;
  cost: number;
}

/**
 * `edges[left]` lists the slots a family can take. Slots for which `blocked` is true are left
 * out (taken by a family with several children). Families earlier in the list win ties, so the
 * caller's (seeded random) order decides between equals.
 */
export function minCostMatching(
  edges: readonly (readonly Edge[])[],
  rightCount: number,
  blocked: (right: number) => boolean = () => false,
): Matching {
  const work = new Workspace(edges, rightCount, blocked);
  let size = 0;
  let cost = 0;
  while (work.findCheapestPath()) {
    cost += work.augment();
    size += 1;
  }
  return { rightOf: work.rightOf, size, cost };
}

/** The matching so far plus the search arrays, allocated once per call. */
class Workspace {
  readonly rightOf: Int32Array;
  private readonly leftOf: Int32Array;
  private readonly matchedCost: Float64Array;
  private readonly leftDistance: Float64Array;
  private readonly rightDistance: Float64Array;
  private readonly previous: Int32Array;
  private readonly edgeCost: Float64Array;
  private readonly queued: Uint8Array;
  private readonly queue: number[] = [];
  private end = -1;

  constructor(
    private readonly edges: readonly (readonly Edge[])[],
    private readonly rightCount: number,
    private readonly blocked: (right: number) => boolean,
  ) {
    this.rightOf = new Int32Array(edges.length).fill(-1);
    this.leftOf = new Int32Array(rightCount).fill(-1);
    this.matchedCost = new Float64Array(edges.length);
    this.leftDistance = new Float64Array(edges.length);
    this.rightDistance = new Float64Array(rightCount);
    this.previous = new Int32Array(rightCount);
    this.edgeCost = new Float64Array(rightCount);
    this.queued = new Uint8Array(edges.length);
  }

  /** Cheapest path from any unmatched family to any free slot (queue-based Bellman–Ford). */
  findCheapestPath(): boolean {
    const { edges, rightOf, leftOf, matchedCost, leftDistance, rightDistance, previous, edgeCost, queued, queue } =
      this;
    leftDistance.fill(Infinity);
    rightDistance.fill(Infinity);
    queue.length = 0;
    for (let left = 0; left < edges.length; left++) {
      if (rightOf[left] !== -1) continue;
      leftDistance[left] = 0;
      queued[left] = 1;
      queue.push(left);
    }
    for (let head = 0; head < queue.length; head++) {
      const left = queue[head] as number;
      queued[left] = 0;
      for (const { right, cost } of edges[left] ?? []) {
        if (right === rightOf[left] || this.blocked(right)) continue;
        const distance = (leftDistance[left] as number) + cost;
        if (distance >= (rightDistance[right] as number)) continue;
        rightDistance[right] = distance;
        previous[right] = left;
        edgeCost[right] = cost;
        // Taking this slot pushes its current family back along its own (matched) edge.
        const owner = leftOf[right] as number;
        if (owner === -1) continue;
        const pushedBack = distance - (matchedCost[owner] as number);
        if (pushedBack >= (leftDistance[owner] as number)) continue;
        leftDistance[owner] = pushedBack;
        if (!queued[owner]) {
          queued[owner] = 1;
          queue.push(owner);
        }
      }
    }
    this.end = -1;
    for (let right = 0; right < this.rightCount; right++) {
      if (leftOf[right] !== -1 || rightDistance[right] === Infinity) continue;
      if (this.end === -1 || (rightDistance[right] as number) < (rightDistance[this.end] as number)) this.end = right;
    }
    return this.end !== -1;
  }

  /** Flips the path found; returns the added cost. */
  augment(): number {
    const added = this.rightDistance[this.end] as number;
    let right = this.end;
    for (;;) {
      const left = this.previous[right] as number;
      const next = this.rightOf[left] as number;
      this.rightOf[left] = right;
      this.leftOf[right] = left;
      this.matchedCost[left] = this.edgeCost[right] as number;
      if (next === -1) return added;
      right = next;
    }
  }
}
