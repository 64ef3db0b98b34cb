/** Instrument v1 for parents and carers: 27 items, under ten minutes. */
import type { Questionnaire } from "../../domain/instrument.js";
import { adultPrompts, adultScale, item, text } from "./texts.js";

const openQuestion = text(
  "Wilt u nog iets zeggen over dit onderwerp? Bijvoorbeeld wat goed gaat of wat beter kan.",
  "Is there anything else you want to say about this topic? For example what goes well or what could be better.",
);

export const parents: Questionnaire = {
  intro: text(
    "Deze vragenlijst gaat over de samenwerking tussen u en de school. Bij elke zin geeft u aan hoe het nu is, en hoe het volgens u zou moeten zijn. Het invullen duurt ongeveer 10 minuten. Uw antwoorden zijn anoniem: niemand kan zien wat u heeft geantwoord.",
    "This questionnaire is about how you and the school work together. For each sentence, say how it is now and how you think it should be. It takes about 10 minutes. Your answers are anonymous: no one can see what you answered.",
  ),
  prompts: adultPrompts,
  scale: adultScale,
  domains: [
    {
      domain: "vision",
      items: [
        item(
          "parents.vision.1",
          "De school vertelt duidelijk hoe zij met ouders wil samenwerken.",
          "The school explains clearly how it wants to work together with parents.",
        ),
        item(
          "parents.vision.2",
          "In de informatie van de school merk ik dat ouders belangrijk zijn.",
          "The school's information shows me that parents matter.",
        ),
        item(
          "parents.vision.3",
          "De school heeft ouders gevraagd wat zij belangrijk vinden in de samenwerking.",
          "The school has asked parents what they find important in working together.",
        ),
        item(
          "parents.vision.4",
          "De school ziet ouders als partners bij het leren en opgroeien van kinderen.",
          "The school sees parents as partners in how children learn and grow up.",
        ),
        item(
          "parents.vision.5",
          "De school doet wat zij zegt over samenwerken met ouders.",
          "The school does what it says about working together with parents.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "behaviour",
      items: [
        item("parents.behaviour.1", "Ik voel me welkom op school.", "I feel welcome at school."),
        item(
          "parents.behaviour.2",
          "Medewerkers van de school groeten mij en maken makkelijk contact.",
          "School staff greet me and make contact easily.",
        ),
        item(
          "parents.behaviour.3",
          "Op school wordt met respect over mij en mijn kind gepraat.",
          "At school, people talk about me and my child with respect.",
        ),
        item(
          "parents.behaviour.4",
          "De school behandelt alle ouders even goed, wat hun taal of achtergrond ook is.",
          "The school treats all parents equally well, whatever their language or background.",
        ),
        item(
          "parents.behaviour.5",
          "Ik kan bij de school terecht met een vraag of een zorg.",
          "I can go to the school with a question or a worry.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "involvement",
      items: [
        item(
          "parents.involvement.1",
          "De school vraagt mij om mee te helpen bij activiteiten.",
          "The school asks me to help with activities.",
        ),
        item(
          "parents.involvement.2",
          "De school vraagt ouders om mee te denken over plannen en keuzes.",
          "The school asks parents to think along about plans and choices.",
        ),
        item(
          "parents.involvement.3",
          "Ik weet hoe ik mijn mening over de school kan geven.",
          "I know how to give my opinion about the school.",
        ),
        item(
          "parents.involvement.4",
          "Ook als ik weinig tijd heb, kan ik meedoen op een manier die bij mij past.",
          "Even when I have little time, I can take part in a way that suits me.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "learning",
      items: [
        item(
          "parents.learning.1",
          "Ik weet hoe het gaat met het leren van mijn kind.",
          "I know how my child is doing with learning.",
        ),
        item(
          "parents.learning.2",
          "Ik kan de resultaten van mijn kind makkelijk inzien.",
          "I can easily see my child's results.",
        ),
        item(
          "parents.learning.3",
          "De leraar vraagt mij wat ik weet over mijn kind.",
          "The teacher asks me what I know about my child.",
        ),
        item(
          "parents.learning.4",
          "De leraar en ik spreken samen af wat mijn kind nodig heeft.",
          "The teacher and I agree together on what my child needs.",
        ),
        item(
          "parents.learning.5",
          "De school geeft mij tips hoe ik mijn kind thuis kan helpen.",
          "The school gives me tips on how to help my child at home.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "conversations",
      items: [
        item(
          "parents.conversations.1",
          "In gesprekken met de leraar voel ik me een gelijkwaardige partner.",
          "In conversations with the teacher I feel an equal partner.",
        ),
        item(
          "parents.conversations.2",
          "De leraar luistert goed naar wat ik vertel.",
          "The teacher listens carefully to what I say.",
        ),
        item(
          "parents.conversations.3",
          "Ik kan zelf onderwerpen inbrengen in een gesprek.",
          "I can bring up my own topics in a conversation.",
        ),
        item(
          "parents.conversations.4",
          "Als ik een extra gesprek nodig heb, kan dat.",
          "When I need an extra conversation, that is possible.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "information",
      items: [
        item(
          "parents.information.1",
          "Aan het begin van het schooljaar bespreken de school en ik wat we van elkaar verwachten.",
          "At the start of the school year, the school and I discuss what we expect from each other.",
        ),
        item(
          "parents.information.2",
          "Ik krijg op tijd de informatie die ik nodig heb.",
          "I get the information I need on time.",
        ),
        item(
          "parents.information.3",
          "De informatie van de school is duidelijk en makkelijk te lezen.",
          "The school's information is clear and easy to read.",
        ),
        item(
          "parents.information.4",
          "Ik kan reageren op informatie van de school en zelf ideeën geven.",
          "I can respond to the school's information and share my own ideas.",
        ),
      ],
      openQuestion,
    },
  ],
};
