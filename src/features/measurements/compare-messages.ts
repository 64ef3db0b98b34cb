/** Texts of the comparison over time and of the benchmark with other schools. */
export const nl = {
  "measure.compare.link": "Vergelijk met andere metingen",
  "measure.compare.title": "Verandering in de tijd",
  "measure.compare.intro":
    "Zet een nulmeting naast een latere meting: per onderwerp en groep het gemiddelde nu, en hoeveel dat veranderd is. Tussenmetingen staan ertussen. Groepen met te weinig reacties tellen niet mee, ook niet in de verandering.",
  "measure.compare.none":
    "Er zijn nog geen twee gesloten metingen om te vergelijken. Sluit eerst een nulmeting en daarna een tussen- of eindmeting.",
  "measure.compare.from": "Eerdere meting",
  "measure.compare.to": "Latere meting",
  "measure.compare.submit": "Vergelijk",
  "measure.compare.chart": "{group}: gemiddelde nu per onderwerp, per meting",
  "measure.compare.caption": "{group}: gemiddelde nu per onderwerp, en de verandering",
  "measure.compare.scrollHint": "Veeg de tabel opzij voor de verandering.",
  "measure.compare.change": "Verandering nu",
  "measure.compare.gapChange": "Verandering in het verschil met gewenst",
  "measure.compare.missing.before": "niet te vergelijken: te weinig reacties bij de eerdere meting",
  "measure.compare.missing.after": "niet te vergelijken: te weinig reacties bij de latere meting",
  "measure.compare.missing.both": "niet te vergelijken: te weinig reacties",
  "measure.benchmark.title": "Vergelijking met andere scholen",
  "measure.benchmark.title@childcare": "Vergelijking met andere opvangorganisaties",
  "measure.benchmark.intro":
    "Het gemiddelde van scholen van hetzelfde soort op het platform, uit hun laatste meting. Een cijfer staat er alleen als minstens vijf scholen meetellen; welke scholen dat zijn, ziet niemand.",
  "measure.benchmark.intro@childcare":
    "Het gemiddelde van opvangorganisaties van hetzelfde soort op het platform, uit hun laatste meting. Een cijfer staat er alleen als er minstens vijf meetellen; welke dat zijn, ziet niemand.",
  "measure.benchmark.caption": "Gemiddelde nu: deze school en scholen van hetzelfde soort",
  "measure.benchmark.caption@childcare": "Gemiddelde nu: deze opvang en opvangorganisaties van hetzelfde soort",
  "measure.benchmark.own": "Deze school",
  "measure.benchmark.own@childcare": "Deze opvang",
  "measure.benchmark.others": "Andere scholen",
  "measure.benchmark.others@childcare": "Andere opvangorganisaties",
  "measure.benchmark.organisations": "Aantal scholen",
  "measure.benchmark.organisations@childcare": "Aantal opvangorganisaties",
  "measure.benchmark.none": "Nog niet genoeg scholen (minder dan vijf) voor een vergelijking.",
  "measure.benchmark.none@childcare": "Nog niet genoeg opvangorganisaties (minder dan vijf) voor een vergelijking.",
};

export const en: Record<keyof typeof nl, string> = {
  "measure.compare.link": "Compare with other measurements",
  "measure.compare.title": "Change over time",
  "measure.compare.intro":
    "Set a baseline beside a later measurement: per topic and group the mean now, and how much it has changed. Interim measurements are shown in between. Groups with too few responses do not count, not in the change either.",
  "measure.compare.none":
    "There are not yet two closed measurements to compare. First close a baseline, then an interim or final measurement.",
  "measure.compare.from": "Earlier measurement",
  "measure.compare.to": "Later measurement",
  "measure.compare.submit": "Compare",
  "measure.compare.chart": "{group}: mean now per topic, per measurement",
  "measure.compare.caption": "{group}: mean now per topic, and the change",
  "measure.compare.scrollHint": "Swipe the table sideways for the change.",
  "measure.compare.change": "Change now",
  "measure.compare.gapChange": "Change in the gap to desired",
  "measure.compare.missing.before": "cannot be compared: too few responses in the earlier measurement",
  "measure.compare.missing.after": "cannot be compared: too few responses in the later measurement",
  "measure.compare.missing.both": "cannot be compared: too few responses",
  "measure.benchmark.title": "Compared with other schools",
  "measure.benchmark.title@childcare": "Compared with other childcare settings",
  "measure.benchmark.intro":
    "The mean of schools of the same kind on the platform, from their latest measurement. A figure is shown only when at least five schools count; no one can see which schools they are.",
  "measure.benchmark.intro@childcare":
    "The mean of childcare settings of the same kind on the platform, from their latest measurement. A figure is shown only when at least five count; no one can see which they are.",
  "measure.benchmark.caption": "Mean now: this school and schools of the same kind",
  "measure.benchmark.caption@childcare": "Mean now: this setting and childcare settings of the same kind",
  "measure.benchmark.own": "This school",
  "measure.benchmark.own@childcare": "This setting",
  "measure.benchmark.others": "Other schools",
  "measure.benchmark.others@childcare": "Other settings",
  "measure.benchmark.organisations": "Number of schools",
  "measure.benchmark.organisations@childcare": "Number of settings",
  "measure.benchmark.none": "Not enough schools yet (fewer than five) for a comparison.",
  "measure.benchmark.none@childcare": "Not enough childcare settings yet (fewer than five) for a comparison.",
};
