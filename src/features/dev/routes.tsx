/** Development only: the mail outbox, so sign-in links can be followed without SMTP. */
import { desc } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import { outbox } from "../../db/schema/index.js";
import { renderPage } from "../../web/layout.js";
import { NotFoundError } from "../../web/errors.js";

export const devRoutes = new Hono<AppEnv>().get("/dev/outbox", async (c) => {
  if (c.var.deps.config.production) throw new NotFoundError("outbox");
  const { t } = c.var;
  const mails = await c.var.deps.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(50);
  return renderPage(c, {
    title: t("dev.outbox.title"),
    children: (
      <>
        <h1>{t("dev.outbox.title")}</h1>
        <p>{t("dev.outbox.intro")}</p>
        {mails.length === 0 ? <p>{t("dev.outbox.empty")}</p> : null}
        {mails.map((mail) => (
          <article class="mail">
            <h2>{mail.subject}</h2>
            <p>
              {t("dev.outbox.to")}: {mail.to} ·{" "}
              <time datetime={mail.createdAt.toISOString()}>{mail.createdAt.toISOString()}</time>
            </p>
            {mail.text === null ? <p>{t("dev.outbox.delivered")}</p> : <pre>{linkify(mail.text)}</pre>}
          </article>
        ))}
      </>
    ),
  });
});

/** Makes the links in a plain-text mail clickable. */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part) => (/^https?:\/\//.test(part) ? <a href={part}>{part}</a> : part));
}
