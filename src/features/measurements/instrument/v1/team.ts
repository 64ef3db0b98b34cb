/** Instrument v1 for the team: teachers, pm'ers, support staff and leadership. */
import type { Questionnaire } from "../../domain/instrument.js";
import { adultPrompts, adultScale, item, text } from "./texts.js";

const openQuestion = text(
  "Wil je nog iets zeggen over dit onderwerp? Bijvoorbeeld wat goed gaat of wat beter kan.",
  "Is there anything else you want to say about this topic? For example what goes well or what could be better.",
);

export const team: Questionnaire = {
  intro: text(
    "Deze vragenlijst gaat over hoe wij als school samenwerken met ouders. Bij elke zin geef je aan hoe het nu is, en hoe het volgens jou zou moeten zijn. Je antwoorden zijn anoniem.",
    "This questionnaire is about how we as a school work together with parents. For each sentence, say how it is now and how you think it should be. Your answers are anonymous.",
  ),
  prompts: adultPrompts,
  scale: adultScale,
  domains: [
    {
      domain: "vision",
      items: [
        item(
          "team.vision.1",
          "Onze school heeft een duidelijke visie op samenwerken met ouders.",
          "Our school has a clear vision of working together with parents.",
        ),
        item(
          "team.vision.2",
          "Iedereen in het team kent deze visie en kan hem uitleggen.",
          "Everyone in the team knows this vision and can explain it.",
        ),
        item(
          "team.vision.3",
          "In al onze informatie aan ouders is te zien dat we ouders belangrijk vinden.",
          "All our information to parents shows that we find parents important.",
        ),
        item(
          "team.vision.4",
          "We hebben onze visie samen met ouders gemaakt of met hen besproken.",
          "We made our vision together with parents, or discussed it with them.",
        ),
        item(
          "team.vision.5",
          "We kijken regelmatig of we doen wat in onze visie staat.",
          "We regularly check whether we do what our vision says.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "behaviour",
      items: [
        item(
          "team.behaviour.1",
          "Alle ouders zijn welkom in onze school, en dat merken ze ook.",
          "All parents are welcome in our school, and they notice it.",
        ),
        item(
          "team.behaviour.2",
          "Alle collega's groeten ouders en maken makkelijk contact.",
          "All colleagues greet parents and make contact easily.",
        ),
        item(
          "team.behaviour.3",
          "We praten met respect over ouders en kinderen, ook als zij er niet bij zijn.",
          "We talk about parents and children with respect, also when they are not there.",
        ),
        item(
          "team.behaviour.4",
          "We spreken elkaar aan als iemand niet respectvol over ouders of kinderen praat.",
          "We speak up when a colleague talks about parents or children without respect.",
        ),
        item(
          "team.behaviour.5",
          "We houden rekening met verschillen tussen ouders, zoals taal, cultuur en tijd.",
          "We take differences between parents into account, such as language, culture and time.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "involvement",
      items: [
        item(
          "team.involvement.1",
          "Ouders helpen mee bij activiteiten in en rond de school.",
          "Parents help with activities in and around the school.",
        ),
        item(
          "team.involvement.2",
          "We vragen ouders om mee te denken over plannen en keuzes van de school.",
          "We ask parents to think along about the school's plans and choices.",
        ),
        item(
          "team.involvement.3",
          "Ouders hebben een stem in de school, bijvoorbeeld via de ouderraad of de MR.",
          "Parents have a voice in the school, for example through the parent council or the participation council.",
        ),
        item(
          "team.involvement.4",
          "Ook ouders die minder vaak op school komen, doen op hun eigen manier mee.",
          "Parents who come to school less often also take part, in their own way.",
        ),
        item(
          "team.involvement.5",
          "Leerlingen denken en praten mee over wat er op school gebeurt.",
          "Pupils think and talk along about what happens at school.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "learning",
      items: [
        item(
          "team.learning.1",
          "Ouders weten hoe het gaat met het leren en de ontwikkeling van hun kind.",
          "Parents know how their child is doing in learning and development.",
        ),
        item(
          "team.learning.2",
          "Ouders kunnen de resultaten van hun kind makkelijk inzien.",
          "Parents can easily see their child's results.",
        ),
        item(
          "team.learning.3",
          "We maken samen met ouders afspraken over wat hun kind nodig heeft.",
          "Together with parents we agree on what their child needs.",
        ),
        item(
          "team.learning.4",
          "We geven ouders tips hoe ze hun kind thuis kunnen helpen bij het leren.",
          "We give parents tips on how to help their child with learning at home.",
        ),
        item(
          "team.learning.5",
          "We gebruiken wat ouders over hun kind weten in onze lessen en begeleiding.",
          "We use what parents know about their child in our teaching and support.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "conversations",
      items: [
        item(
          "team.conversations.1",
          "In gesprekken met ouders zijn we gelijkwaardige partners.",
          "In conversations with parents we are equal partners.",
        ),
        item(
          "team.conversations.2",
          "We luisteren goed naar wat ouders vertellen en vragen door.",
          "We listen carefully to what parents tell us and ask further.",
        ),
        item(
          "team.conversations.3",
          "Ouders kunnen zelf onderwerpen inbrengen in een gesprek.",
          "Parents can bring up their own topics in a conversation.",
        ),
        item(
          "team.conversations.4",
          "Als een ouder of kind dat nodig heeft, voeren we extra gesprekken.",
          "When a parent or child needs it, we have extra conversations.",
        ),
        item(
          "team.conversations.5",
          "Leerlingen praten mee in gesprekken over hun eigen ontwikkeling.",
          "Pupils take part in conversations about their own development.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "information",
      items: [
        item(
          "team.information.1",
          "Aan het begin van het schooljaar bespreken we met ouders wat we van elkaar verwachten.",
          "At the start of the school year we discuss with parents what we expect from each other.",
        ),
        item(
          "team.information.2",
          "Ouders weten wat ze van de school kunnen verwachten, en wat de school van hen vraagt.",
          "Parents know what they can expect from the school, and what the school asks of them.",
        ),
        item(
          "team.information.3",
          "We informeren ouders op tijd en volgens een vaste planning.",
          "We inform parents on time and according to a set plan.",
        ),
        item(
          "team.information.4",
          "Onze informatie aan ouders is kort, duidelijk en makkelijk te lezen.",
          "Our information to parents is short, clear and easy to read.",
        ),
        item(
          "team.information.5",
          "Ouders kunnen reageren op onze informatie en zelf iets inbrengen.",
          "Parents can respond to our information and contribute themselves.",
        ),
      ],
      openQuestion,
    },
  ],
  changeCapacity: {
    title: text("Ruimte om te veranderen", "Room for change"),
    intro: text(
      "Deze vragen gaan over tijd, steun en zin om samen met ouders iets te veranderen. Geef aan hoe het nu is.",
      "These questions are about time, support and willingness to change things together with parents. Say how it is now.",
    ),
    items: [
      {
        aspect: "time",
        ...item(
          "team.capacity.time.1",
          "Ik heb genoeg tijd om te werken aan de samenwerking met ouders.",
          "I have enough time to work on the partnership with parents.",
        ),
      },
      {
        aspect: "time",
        ...item(
          "team.capacity.time.2",
          "In onze jaarplanning is tijd gereserveerd voor dit traject.",
          "Our annual planning sets aside time for this programme.",
        ),
      },
      {
        aspect: "support",
        ...item(
          "team.capacity.support.1",
          "De schoolleiding steunt ons bij het werken aan de samenwerking met ouders.",
          "The school leadership supports us in working on the partnership with parents.",
        ),
      },
      {
        aspect: "support",
        ...item(
          "team.capacity.support.2",
          "Ik kan hulp of scholing krijgen als ik dat nodig heb.",
          "I can get help or training when I need it.",
        ),
      },
      {
        aspect: "readiness",
        ...item(
          "team.capacity.readiness.1",
          "Ik wil zelf graag iets veranderen in hoe we met ouders samenwerken.",
          "I want to change something in how we work with parents.",
        ),
      },
      {
        aspect: "readiness",
        ...item(
          "team.capacity.readiness.2",
          "Ons team staat open voor nieuwe manieren van samenwerken met ouders.",
          "Our team is open to new ways of working with parents.",
        ),
      },
    ],
  },
};
