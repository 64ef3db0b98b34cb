/**
 * Every sealed ballot and draft of an instrument has the same length
 * (docs/measurement-anonymity.md). AES-GCM hides what a text says but not how
 * long it is, and the length of a ballot's JSON is the length of its response
 * after closing: unpadded, a copy of the database taken while a measurement is
 * open named the writer of many responses. So the JSON is padded with spaces,
 * which JSON.parse skips, to the length of the longest questionnaire the
 * instrument allows: every item "don't know" on both sides, the school's own
 * items at their maximum, every open answer at its maximum length in the
 * widest characters JSON writes as themselves.
 */
import { respondentGroups, type Instrument } from "../domain/instrument.js";
import { instrumentByVersion } from "../instrument/index.js";
import { OPEN_ANSWER_MAX, questionPages, type Answers } from "../questionnaire.js";
import { MAX_EXTRA_ITEMS } from "./schemas.js";

/** Three bytes in UTF-8: the widest a character of a well-formed text without control characters takes in JSON. */
const WIDEST = "\u0800";
/** Escaped by JSON as \u00XX (six bytes): removed from open answers, where they mean nothing. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0007\u000b\u000e-\u001f]/g;
/** Half of a surrogate pair without its other half, also escaped as six bytes: the replacement character instead. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The length of a class's id (a uuid) in the ballot. */
const SUBGROUP_ID = "00000000-0000-0000-0000-000000000000";

const lengths = new Map<number, number>();

/** The length in bytes of every ballot and draft of this instrument version before it is sealed. */
export function paddedLength(instrumentVersion: number): number {
  let length = lengths.get(instrumentVersion);
  if (length === undefined) {
    length = longestBallot(instrumentByVersion(instrumentVersion));
    lengths.set(instrumentVersion, length);
  }
  return length;
}

/**
 * The JSON of a ballot or draft in UTF-8, padded to paddedLength; throws rather than seal a longer
 * one. Padded as bytes, not as a string: a string of spaces cost twice as long to seal.
 */
export function padded<T extends Pick<Answers, "open">>(value: T, instrumentVersion: number): Buffer {
  const open = Object.fromEntries(Object.entries(value.open).map(([domain, text]) => [domain, printable(text)]));
  const json = JSON.stringify({ ...value, open });
  const length = paddedLength(instrumentVersion);
  if (Buffer.byteLength(json) > length) throw new Error("A ballot is longer than the padding of its instrument.");
  const bytes = Buffer.alloc(length, " ");
  bytes.write(json);
  return bytes;
}

/** The open answer as the respondent meant it, without what JSON would write in six bytes per character. */
function printable(text: string): string {
  return text.replace(CONTROL, "").replace(LONE_SURROGATE, "\ufffd");
}

/** The JSON length of the largest ballot of any respondent group, with the most own items a measurement may have. */
function longestBallot(instrument: Instrument): number {
  const extras = Array.from({ length: MAX_EXTRA_ITEMS }, (_, index) => `extra.${index + 1}`);
  return Math.max(
    ...respondentGroups.map((group) => {
      const pages = questionPages(instrument, group);
      const items = [...pages.flatMap((page) => page.items.map((item) => item.id)), ...extras];
      const ballot = {
        group,
        subgroupId: SUBGROUP_ID,
        answers: Object.fromEntries(items.map((id) => [id, { current: null, desired: null }])),
        open: Object.fromEntries(
          pages.flatMap((page) =>
            page.domain && page.openQuestion ? [[page.domain, WIDEST.repeat(OPEN_ANSWER_MAX)]] : [],
          ),
        ),
      };
      return Buffer.byteLength(JSON.stringify(ballot));
    }),
  );
}
