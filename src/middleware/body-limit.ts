/**
 * The size a posted form may have. It is checked before anything reads the body (the CSRF
 * check reads the whole form), so an oversized body is refused unread, with the page for
 * invalid input. File uploads set their own, larger limit.
 */
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";

/** Generous for every form and passkey request here: the longest, a questionnaire on one page, is a few kB. */
export const MAX_FORM_BYTES = 256 * 1024;

export const formBodyLimit = bodyLimit({
  maxSize: MAX_FORM_BYTES,
  onError: () => {
    throw new HTTPException(413);
  },
});
