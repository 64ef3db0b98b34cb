/**
 * The first questions and a guide, in our own words: the questions schools ask most about working
 * with parents. The demo loads them (seed-demo.ts); editors change them at /advice/manage.
 */
import type { ItemInput } from "./schemas.js";

type Entry = ItemInput;

const faq = (entry: Omit<Entry, "kind" | "published">): Entry => ({ ...entry, kind: "faq", published: true });

export const firstQuestions: Entry[] = [
  faq({
    slug: "drukke-ouders",
    topic: "reach",
    position: 1,
    titleNl: "Hoe betrekken we ouders die het erg druk hebben?",
    titleEn: "How do we involve parents who are very busy?",
    bodyNl: `Drukke ouders willen vaak wél meedoen, maar niet op het moment dat de school kiest. Maak meedoen klein en flexibel:

- **Kies meerdere momenten.** Een ouderavond ook eens 's ochtends bij het brengen, of online op een avond.
- **Vraag iets kleins en concreets.** "Wilt u één keer meerijden naar het museum?" werkt beter dan "wie wil in de ouderraad?".
- **Laat ouders reageren wanneer het hun uitkomt.** Een korte vraag in de nieuwsbrief of een idee op het ideeënbord kost een ouder twee minuten.
- **Vertel wat er met hun inbreng gebeurt.** Ouders die zien dat hun mening ertoe doet, maken er vaker tijd voor.

Betrokkenheid thuis telt net zo zwaar als aanwezigheid op school: een ouder die thuis vraagt hoe het ging, doet mee.`,
    bodyEn: `Busy parents often do want to take part, just not at the time the school chooses. Make taking part small and flexible:

- **Offer several moments.** A parents' evening sometimes in the morning at drop-off, or online in the evening.
- **Ask for something small and concrete.** "Would you drive along to the museum once?" works better than "who wants to join the parents' council?".
- **Let parents respond when it suits them.** A short question in the newsletter or an idea on the idea board takes a parent two minutes.
- **Tell them what happened with their input.** Parents who see that their view matters make time for it more often.

Involvement at home counts as much as being at school: a parent who asks at home how the day went is taking part.`,
  }),
  faq({
    slug: "assertieve-en-terughoudende-ouders",
    topic: "conversations",
    position: 2,
    titleNl: "Hoe gaan we om met heel assertieve of juist terughoudende ouders?",
    titleEn: "How do we deal with very assertive parents, or very reserved ones?",
    bodyNl: `Beide groepen willen hetzelfde: dat het goed gaat met hun kind. Ze laten het alleen anders zien.

**Assertieve ouders**: neem de zorg achter de toon serieus. Luister eerst, vat samen wat u hoort ("u maakt zich zorgen dat…"), en maak dan samen afspraken: wie doet wat, en wanneer kijken we terug? Leg afspraken vast, zodat het volgende gesprek daar kan beginnen.

**Terughoudende ouders**: zij komen minder vanzelf, dus de school zet de eerste stap. Een persoonlijke uitnodiging werkt beter dan een brief aan iedereen. Vraag naar wat de ouder thuis ziet; ouders zijn deskundig over hun eigen kind. Een driehoeksgesprek met de leerling erbij helpt ook: het kind geeft het gesprek een begin.

Voor allebei: wees duidelijk over wat de school wel en niet kan, en houd de toon gelijkwaardig.`,
    bodyEn: `Both groups want the same thing: for their child to do well. They just show it differently.

**Assertive parents**: take the worry behind the tone seriously. Listen first, sum up what you hear ("you are worried that…"), then make agreements together: who does what, and when do we look back? Write the agreements down, so the next conversation can start there.

**Reserved parents**: they come less of their own accord, so the school takes the first step. A personal invitation works better than a letter to everyone. Ask what the parent sees at home; parents are experts on their own child. A three-way conversation with the pupil present also helps: the child gives the conversation a start.

For both: be clear about what the school can and cannot do, and keep the tone one of equals.`,
  }),
  faq({
    slug: "identiteit-en-diverse-ouders",
    topic: "diversity",
    position: 3,
    titleNl: "Hoe geven we de identiteit van de school vorm met een heel diverse groep ouders?",
    titleEn: "How do we shape the school's identity with a very diverse group of parents?",
    bodyNl: `Identiteit is niet alleen wat er op de website staat, maar wat ouders, leerlingen en team samen elke dag doen. Met een diverse ouderpopulatie helpt het om het gesprek open te voeren:

1. **Vraag ouders wat zij belangrijk vinden** in de opvoeding en op school. U hoort vaak meer overeenkomst dan verwacht.
2. **Maak zichtbaar waar de school voor staat**, in gewone woorden, en wat dat in de klas betekent.
3. **Geef ruimte aan verschillen** in vieringen, talen en gewoonten, en zeg waar de grenzen liggen.
4. **Spreek wederzijdse verwachtingen uit** en leg ze vast, zodat nieuwe ouders weten waar ze aan toe zijn.

Een gesprek over identiteit is nooit af; plan het elk jaar opnieuw.`,
    bodyEn: `Identity is not only what is on the website, but what parents, pupils and staff do together every day. With a diverse group of parents it helps to hold the conversation openly:

1. **Ask parents what matters to them** in raising children and at school. You often hear more common ground than expected.
2. **Make visible what the school stands for**, in plain words, and what that means in class.
3. **Make room for differences** in celebrations, languages and customs, and say where the limits are.
4. **State mutual expectations** and write them down, so new parents know where they stand.

A conversation about identity is never finished; plan it again every year.`,
  }),
  faq({
    slug: "schoolvereniging-nieuw-leven",
    topic: "community",
    position: 4,
    titleNl: "Kunnen we de schoolvereniging nieuw leven inblazen?",
    titleEn: "Can we bring the school association back to life?",
    bodyNl: `Ja, maar begin niet bij de vereniging: begin bij wat ouders samen willen doen. Een vereniging leeft als leden er iets aan hebben.

- **Vraag ouders waarom ze lid zijn, of waren.** Wat miste er? Wat zou hen weer trekken?
- **Organiseer eerst iets kleins dat ouders samenbrengt**: een thema-avond, een klusdag, koffie na de viering.
- **Geef de vereniging een duidelijke rol**: meedenken over de identiteit, de ouderavonden organiseren, nieuwe ouders welkom heten.
- **Maak het bestuur klein en de taken kort.** Liever tien ouders die één ding doen dan drie die alles doen.

Zo groeit de vereniging uit wat ouders al doen, in plaats van andersom.`,
    bodyEn: `Yes, but do not start with the association: start with what parents want to do together. An association lives when its members get something out of it.

- **Ask parents why they are, or were, members.** What was missing? What would bring them back?
- **First organise something small that brings parents together**: a themed evening, a work day, coffee after a celebration.
- **Give the association a clear role**: helping to shape the identity, organising parents' evenings, welcoming new parents.
- **Keep the board small and the tasks short.** Better ten parents who each do one thing than three who do everything.

That way the association grows out of what parents already do, rather than the other way round.`,
  }),
  faq({
    slug: "expertise-van-ouders",
    topic: "community",
    position: 5,
    titleNl: "Hoe benutten we de expertise van ouders beter?",
    titleEn: "How do we make better use of parents' expertise?",
    bodyNl: `Ouders weten veel: over hun kind, over hun vak, over hun cultuur en taal. Vaak weet de school niet wie wat kan.

- **Vraag het.** Laat ouders in hun profiel aangeven wat ze kunnen en willen, en hoeveel tijd ze hebben.
- **Vraag gericht.** "Wie kan een gastles geven over zijn beroep?" levert meer op dan een algemene oproep.
- **Gebruik expertise ook voor het beleid**, niet alleen voor hand- en spandiensten: een ouder-jurist of -HR-adviseur kan meedenken.
- **Bedank zichtbaar.** Vertel in de nieuwsbrief wat ouders hebben bijgedragen.

En vergeet de belangrijkste expertise niet: ouders kennen hun eigen kind het best. Vraag daar in elk gesprek naar.`,
    bodyEn: `Parents know a lot: about their child, their trade, their culture and language. Often the school does not know who can do what.

- **Ask.** Let parents say in their profile what they can and want to do, and how much time they have.
- **Ask specifically.** "Who can give a guest lesson about their job?" yields more than a general call.
- **Use expertise for policy too**, not only for helping hands: a parent who is a lawyer or an HR adviser can think along.
- **Thank people visibly.** Tell in the newsletter what parents contributed.

And do not forget the most important expertise: parents know their own child best. Ask about it in every conversation.`,
  }),
  faq({
    slug: "leraren-zien-op-tegen-oudergesprek",
    topic: "conversations",
    position: 6,
    titleNl: "Sommige leraren zien op tegen een gesprek met ouders. Wat kunnen we doen?",
    titleEn: "Some teachers dread a conversation with parents. What can we do?",
    bodyNl: `Dat is heel gewoon, vooral bij beginnende leraren of na een eerder lastig gesprek. Wat helpt:

- **Goede voorbereiding.** Met de gesprekswijzer bereiden leraar, ouders en leerling dezelfde vragen voor. Dan weet de leraar vooraf wat er leeft.
- **Een vaste opbouw.** Begin met wat goed gaat, bespreek wat moeilijk is, en eindig met afspraken: wie doet wat, en wanneer kijken we terug?
- **Oefenen met collega's.** Speel een lastig gesprek na in een teamvergadering; wissel tips uit.
- **Niet alleen.** Een leraar mag een collega of de intern begeleider vragen erbij te zijn.
- **Het eerste contact positief.** Wie ouders aan het begin van het jaar al eens spreekt over iets goeds, heeft later een makkelijker gesprek.

Een sparringgesprek met een adviseur kan het team ook verder helpen.`,
    bodyEn: `That is very common, especially for new teachers or after an earlier difficult conversation. What helps:

- **Good preparation.** With the conversation guide, teacher, parents and pupil prepare the same questions. The teacher knows beforehand what is on their minds.
- **A fixed structure.** Start with what is going well, discuss what is hard, and end with agreements: who does what, and when do we look back?
- **Practise with colleagues.** Act out a difficult conversation at a team meeting; swap tips.
- **Not alone.** A teacher may ask a colleague or the special needs coordinator to join.
- **A positive first contact.** A teacher who has spoken to parents about something good early in the year has an easier conversation later.

A sparring conversation with an advisor can help the team further too.`,
  }),
  faq({
    slug: "nieuw-in-de-mr",
    topic: "participation",
    position: 7,
    titleNl: "Ik ben net lid van de MR. Waar begin ik?",
    titleEn: "I have just joined the participation council (MR). Where do I start?",
    bodyNl: `Welkom! De medezeggenschapsraad (MR) praat namens ouders en personeel mee over het beleid van de school. Een goed begin:

1. **Lees het medezeggenschapsreglement en het huishoudelijk reglement.** Daarin staat waarover de MR instemming of advies geeft.
2. **Vraag de jaarplanning op**: wanneer komen de begroting, het schoolplan en de schoolgids langs?
3. **Maak kennis met uw achterban.** Hoe hoort u wat ouders vinden? Een korte vraag in de nieuwsbrief helpt.
4. **Volg een training voor nieuwe MR-leden.** Zie de trainingen op deze site.

Vraag gerust: ook ervaren leden waren ooit nieuw.`,
    bodyEn: `Welcome! The participation council (MR) speaks on behalf of parents and staff about the school's policy. A good start:

1. **Read the participation regulations and the council's rules of procedure.** They say on what the council gives consent or advice.
2. **Ask for the year's planning**: when do the budget, the school plan and the school guide come up?
3. **Get to know the people you represent.** How do you hear what parents think? A short question in the newsletter helps.
4. **Take a training for new council members.** See the trainings on this site.

Do ask: experienced members were new once too.`,
  }),
];

export const firstGuide: Entry = {
  kind: "guide",
  slug: "partnerschap-met-ouders",
  topic: "",
  position: 1,
  published: true,
  titleNl: "Partnerschap met ouders in vijf stappen",
  titleEn: "Partnership with parents in five steps",
  bodyNl: `Een handreiking voor het team: hoe maakt u van ouderbetrokkenheid een echt partnerschap?

## 1. Meet waar u staat
Vraag team, ouders en leerlingen hoe zij de samenwerking ervaren (een nulmeting). Kijk waar de grootste verschillen zitten.

## 2. Kies samen wat beter moet
Bespreek de uitkomsten met ouders. Kies twee of drie doelen, niet meer.

## 3. Spreek verwachtingen uit
Wat mogen ouders van de school verwachten, en de school van ouders? Schrijf het op, in gewone taal.

## 4. Voer betere gesprekken
Gebruik de gesprekswijzer voor driehoeksgesprekken: leerling, ouders en leraar bereiden dezelfde vragen voor.

## 5. Kijk terug en vier wat lukt
Meet na een jaar opnieuw (een eindmeting). Vertel ouders wat er veranderd is.`,
  bodyEn: `A guide for the team: how do you turn parental involvement into a real partnership?

## 1. Measure where you stand
Ask staff, parents and pupils how they experience working together (a baseline measurement). See where the largest differences are.

## 2. Choose together what must improve
Discuss the results with parents. Choose two or three goals, no more.

## 3. State expectations
What may parents expect of the school, and the school of parents? Write it down, in plain language.

## 4. Hold better conversations
Use the conversation guide for three-way conversations: pupil, parents and teacher prepare the same questions.

## 5. Look back and celebrate what works
Measure again after a year (a final measurement). Tell parents what has changed.`,
};
