/**
 * The four moderation routes of one kind of content, written once: POST `<path>/report` for
 * anyone who sees it, and `<path>/hide`, `<path>/restore` and `<path>/keep` for its moderators.
 * A bad form or a refused report answers with the content's page and the form as it came back;
 * the rest redirects with a flash. The feature names its paths, guards, page and messages.
 */
import { Hono, type Context, type MiddlewareHandler } from "hono";
import type { z } from "zod";
import type { ViewerScope } from "../db/org-scope.js";
import type { AppEnv } from "../web/env.js";
import { redirectWithFlash } from "../web/flash.js";
import { formErrorsOf, refusalStatus } from "../web/form-refusal.js";
import type { MessageKey } from "../web/i18n/index.js";
import { parseForm, type FormState } from "../web/validation.js";
import type { ModerationCommands } from "./adapter.js";
import { reportForm } from "./schemas.js";

/** The form that came back: the report form or the moderators' hide form. */
export type ModerationFormState = FormState & { name: "report" | "hide" };

export interface ModerationRouteOptions<S extends ViewerScope> {
  /** The content's path with its id parameter ("/posts/:postId"). */
  path: string;
  /** The commands' scope, with the content's id read from the path (`pathId`). */
  scope: (c: Context<AppEnv>) => S;
  commands: ModerationCommands<S>;
  /** Who may report (whoever sees the content) and who may hide, restore and keep. */
  guards: { report: MiddlewareHandler<AppEnv>; moderate: MiddlewareHandler<AppEnv> };
  /** The feature's hide form: a reason, with the feature's messages. */
  hideForm: z.ZodType<{ reason: string }>;
  /** The content's page again with the form that came back. */
  again: (c: Context<AppEnv>, scope: S, form: ModerationFormState, status: 403 | 409 | 422) => Promise<Response>;
  /** Where reporting, hiding and restoring lead: the content on its page. */
  contentPath: (scope: S) => string;
  /** Where keeping leads: the page with the queue of reports. */
  queuePath: string;
  /** The flashes after hiding and after restoring. */
  flash: { hidden: MessageKey; restored: MessageKey };
  /** The last segment of the restore route, when the feature calls it otherwise ("unhide"). */
  restore?: string;
}

export function contentModerationRoutes<S extends ViewerScope>(options: ModerationRouteOptions<S>) {
  const { path, scope: scopeOf, commands, guards, again, contentPath } = options;
  return new Hono<AppEnv>()
    .post(`${path}/report`, guards.report, async (c) => {
      const scope = scopeOf(c);
      const form = await parseForm(c, reportForm);
      if (!form.ok) return again(c, scope, { name: "report", ...form }, 422);
      const reported = await commands.report({ ...scope, reason: form.data.reason });
      if (!reported.ok) {
        const state = { name: "report" as const, values: form.values, errors: formErrorsOf(c, reported) };
        return again(c, scope, state, refusalStatus(reported));
      }
      return redirectWithFlash(c, contentPath(scope), "moderation.reported");
    })
    .post(`${path}/hide`, guards.moderate, async (c) => {
      const scope = scopeOf(c);
      const form = await parseForm(c, options.hideForm);
      if (!form.ok) return again(c, scope, { name: "hide", ...form }, 422);
      await commands.hide({ ...scope, reason: form.data.reason });
      return redirectWithFlash(c, contentPath(scope), options.flash.hidden);
    })
    .post(`${path}/${options.restore ?? "restore"}`, guards.moderate, async (c) => {
      const scope = scopeOf(c);
      await commands.restore(scope);
      return redirectWithFlash(c, contentPath(scope), options.flash.restored);
    })
    .post(`${path}/keep`, guards.moderate, async (c) => {
      await commands.keep(scopeOf(c));
      return redirectWithFlash(c, options.queuePath, "moderation.kept");
    });
}
