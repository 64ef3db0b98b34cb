/** The anonymity rule lives in shared code (src/lib/anonymity.ts), for every feature that shows shares of people. */
export * from "../../../lib/anonymity.js";
