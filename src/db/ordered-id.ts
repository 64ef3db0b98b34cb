/**
 * Ids in the order this process makes them, for rows whose order is the order they were written
 * in. A list sorts by (time, id): rows of one transaction share now(), and PGlite's clock ticks
 * in milliseconds, so the time alone leaves their order to chance; a UUIDv7 (time first, then a
 * counter) breaks the tie the way they were written.
 */
import { v7 as uuidv7 } from "uuid";

export const orderedId = (): string => uuidv7();
