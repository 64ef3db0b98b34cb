/** The hyphen package ships no types; these are the parts Samen uses. */
declare module "hyphen/nl/index.js" {
  const hyphenator: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default hyphenator;
}
declare module "hyphen/en-gb/index.js" {
  const hyphenator: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default hyphenator;
}
