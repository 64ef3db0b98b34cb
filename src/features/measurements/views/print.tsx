/**
 * The open links of a measurement to print: one group per page, each with its
 * link written out and as a QR code (an SVG drawn on the server), for pupils
 * in class and parents without e-mail. Print styles hide the site around it.
 */
import { raw } from "hono/html";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { formatDate } from "../../../lib/time/format.js";
import { lastDay } from "../../../lib/time/school-date.js";
import type { MeasurementDetail } from "../service/queries.js";
import { audienceLabel } from "./labels.js";
import { BackLink } from "../../../web/components/back-link.js";

export interface PrintedLink {
  audience: MeasurementDetail["audiences"][number];
  url: string;
  /** The QR code of the url, as SVG markup made by the qrcode package. */
  qrSvg: string;
}

interface PrintProps {
  t: Translate;
  locale: Locale;
  measurement: MeasurementDetail;
  links: PrintedLink[];
}

export function PrintPage({ t, locale, measurement: m, links }: PrintProps) {
  const until = t("measure.print.until", { lastDay: formatDate(locale, lastDay(m.closesAt)) });
  return (
    <>
      <div class="no-print">
        <BackLink href={`/organisation/measurements/${m.id}`} label={t("measure.backToMeasurement")} />
        <h1>{t("measure.print.title")}</h1>
        <p>
          {links.length
            ? t("measure.print.intro")
            : t(m.status === "closed" ? "measure.print.closed" : "measure.print.none")}
        </p>
      </div>
      {links.map(({ audience, url, qrSvg }) => {
        const label = audienceLabel(t, audience);
        return (
          <section class="print-group" aria-label={label}>
            <p class="muted">{m.title}</p>
            <h2>{label}</h2>
            <div class="qr" role="img" aria-label={t("measure.print.qr", { audience: label })}>
              {raw(qrSvg)}
            </div>
            <p>{t("measure.print.scan")}</p>
            <p class="open-link print-url">{url}</p>
            <p>{until}</p>
            {audience.group === "young" ? <p>{t("measure.print.young")}</p> : null}
          </section>
        );
      })}
    </>
  );
}
