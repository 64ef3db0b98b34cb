/**
 * The name of a form's one-time token field (decision 007, once-per-form.ts), in a module of its
 * own: the browser's script (src/client/app.ts) carries the token too and must not bundle the
 * server's code that claims it.
 */
export const FORM_TOKEN_FIELD = "_once";
