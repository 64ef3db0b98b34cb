/** Instrument v1 for pupils in upper primary and secondary school, in their own words. */
import type { Questionnaire } from "../../domain/instrument.js";
import { item, pupilScale, text } from "./texts.js";

const openQuestion = text(
  "Wil je hier nog iets over vertellen? Dat mag, maar het hoeft niet.",
  "Do you want to tell us more about this? You may, but you don't have to.",
);

export const pupils: Questionnaire = {
  intro: text(
    "Deze vragen gaan over jouw school, jouw ouders en jou. Met ouders bedoelen we de mensen die thuis voor je zorgen. Er zijn geen goede of foute antwoorden. Niemand kan zien wat jij hebt ingevuld.",
    "These questions are about your school, your parents and you. By parents we mean the people who take care of you at home. There are no right or wrong answers. No one can see what you filled in.",
  ),
  prompts: {
    current: text("Hoe is het nu?", "How is it now?"),
    desired: text("Hoe zou jij het willen?", "How would you like it to be?"),
  },
  scale: pupilScale,
  domains: [
    {
      domain: "vision",
      items: [
        item(
          "pupils.vision.1",
          "Op school vinden ze het belangrijk dat mijn ouders en de school samenwerken.",
          "At school they think it is important that my parents and the school work together.",
        ),
        item(
          "pupils.vision.2",
          "Op school zeggen ze dat leerlingen, ouders en leraren samen de school maken.",
          "At school they say that pupils, parents and teachers make the school together.",
        ),
        item(
          "pupils.vision.3",
          "Ik merk dat de school echt wil dat ouders meedoen.",
          "I notice that the school really wants parents to take part.",
        ),
        item(
          "pupils.vision.4",
          "Mijn ouders mogen altijd met vragen naar school komen.",
          "My parents may always come to school with questions.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "behaviour",
      items: [
        item("pupils.behaviour.1", "Ik voel me welkom op school.", "I feel welcome at school."),
        item(
          "pupils.behaviour.2",
          "Mijn ouders worden vriendelijk ontvangen op school.",
          "My parents are welcomed in a friendly way at school.",
        ),
        item(
          "pupils.behaviour.3",
          "Leraren praten met respect over leerlingen en ouders.",
          "Teachers talk about pupils and parents with respect.",
        ),
        item(
          "pupils.behaviour.4",
          "Op school letten we op elkaar en helpen we elkaar.",
          "At school we look out for each other and help each other.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "involvement",
      items: [
        item(
          "pupils.involvement.1",
          "Mijn ouders helpen soms mee op school of bij activiteiten.",
          "My parents sometimes help at school or with activities.",
        ),
        item(
          "pupils.involvement.2",
          "Leerlingen mogen meedenken over wat er op school gebeurt.",
          "Pupils may think along about what happens at school.",
        ),
        item(
          "pupils.involvement.3",
          "De school vraagt ook aan mijn ouders wat zij ervan vinden.",
          "The school also asks my parents what they think.",
        ),
        item(
          "pupils.involvement.4",
          "We doen op school leuke dingen samen met ouders.",
          "At school we do fun things together with parents.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "learning",
      items: [
        item(
          "pupils.learning.1",
          "Mijn ouders weten hoe het met mij gaat op school.",
          "My parents know how I am doing at school.",
        ),
        item(
          "pupils.learning.2",
          "Mijn ouders en mijn leraar werken samen om mij te helpen.",
          "My parents and my teacher work together to help me.",
        ),
        item(
          "pupils.learning.3",
          "Thuis praten we over wat ik op school leer.",
          "At home we talk about what I learn at school.",
        ),
        item(
          "pupils.learning.4",
          "Ik praat mee over mijn eigen doelen op school.",
          "I have a say in my own goals at school.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "conversations",
      items: [
        item(
          "pupils.conversations.1",
          "Ik mag meedoen met gesprekken tussen mijn ouders en mijn leraar.",
          "I may join conversations between my parents and my teacher.",
        ),
        item(
          "pupils.conversations.2",
          "In die gesprekken luisteren ze naar wat ik zeg.",
          "In those conversations they listen to what I say.",
        ),
        item(
          "pupils.conversations.3",
          "Mijn leraar luistert goed naar mijn ouders.",
          "My teacher listens carefully to my parents.",
        ),
        item(
          "pupils.conversations.4",
          "Als er iets is, kunnen mijn ouders snel met mijn leraar praten.",
          "If something is wrong, my parents can talk to my teacher quickly.",
        ),
      ],
      openQuestion,
    },
    {
      domain: "information",
      items: [
        item(
          "pupils.information.1",
          "Mijn ouders weten wat er op school gebeurt.",
          "My parents know what happens at school.",
        ),
        item(
          "pupils.information.2",
          "Ik weet wat de school van mij verwacht.",
          "I know what the school expects from me.",
        ),
        item(
          "pupils.information.3",
          "Mijn ouders weten wat de school van hen verwacht.",
          "My parents know what the school expects from them.",
        ),
        item(
          "pupils.information.4",
          "De school vraagt mijn ouders en mij om ideeën.",
          "The school asks my parents and me for ideas.",
        ),
      ],
      openQuestion,
    },
  ],
};
