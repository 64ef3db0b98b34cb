/**
 * Instrument v1 for young children (preschool, groups 1–4), filled in with a
 * teacher or parent who reads each sentence aloud. Three faces, how it is now
 * only: "how should it be" is too abstract at this age. No open questions.
 */
import type { Questionnaire } from "../../domain/instrument.js";
import { faceScale, item, text } from "./texts.js";

export const young: Questionnaire = {
  intro: text(
    "Vul deze lijst samen met het kind in. Lees elke zin rustig voor en laat het kind een gezichtje kiezen. Kies zelf geen antwoord voor het kind. Met 'ouders' bedoelen we de mensen die thuis voor het kind zorgen.",
    "Fill in this list together with the child. Read each sentence aloud calmly and let the child choose a face. Do not choose an answer for the child. By 'parents' we mean the people who take care of the child at home.",
  ),
  prompts: { current: text("Klopt dit?", "Is this true?") },
  scale: faceScale,
  domains: [
    {
      domain: "vision",
      items: [
        item(
          "young.vision.1",
          "Mijn ouders mogen in de klas komen kijken.",
          "My parents may come and look in my class.",
        ),
        item(
          "young.vision.2",
          "De juf of meester is blij als mijn ouders op school komen.",
          "My teacher is happy when my parents come to school.",
        ),
        item("young.vision.3", "Op school is iedereen van thuis welkom.", "At school everyone from home is welcome."),
        item("young.vision.4", "De juf of meester weet wie mijn ouders zijn.", "My teacher knows who my parents are."),
      ],
    },
    {
      domain: "behaviour",
      items: [
        item("young.behaviour.1", "Ik ben graag op school.", "I like being at school."),
        item("young.behaviour.2", "De juf of meester zegt mij gedag.", "My teacher says hello to me."),
        item(
          "young.behaviour.3",
          "De juf of meester is aardig tegen mijn ouders.",
          "My teacher is kind to my parents.",
        ),
        item("young.behaviour.4", "In de klas zijn we aardig voor elkaar.", "In class we are kind to each other."),
      ],
    },
    {
      domain: "involvement",
      items: [
        item("young.involvement.1", "Mijn ouders doen soms mee in de klas.", "My parents sometimes join in class."),
        item(
          "young.involvement.2",
          "Mijn ouders helpen soms bij een feest of uitje.",
          "My parents sometimes help at a party or a trip.",
        ),
        item("young.involvement.3", "Ik mag vertellen wat ik leuk vind om te doen.", "I may say what I like to do."),
        item(
          "young.involvement.4",
          "Ik mag iets van thuis laten zien in de klas.",
          "I may show something from home in class.",
        ),
      ],
    },
    {
      domain: "learning",
      items: [
        item(
          "young.learning.1",
          "Thuis vertel ik wat ik op school heb gedaan.",
          "At home I tell what I did at school.",
        ),
        item("young.learning.2", "Mijn ouders weten wat ik op school leer.", "My parents know what I learn at school."),
        item(
          "young.learning.3",
          "Thuis speel of oefen ik met dingen van school.",
          "At home I play or practise with things from school.",
        ),
        item(
          "young.learning.4",
          "De juf of meester en mijn ouders helpen mij samen.",
          "My teacher and my parents help me together.",
        ),
      ],
    },
    {
      domain: "conversations",
      items: [
        item(
          "young.conversations.1",
          "De juf of meester praat met mijn ouders over mij.",
          "My teacher talks with my parents about me.",
        ),
        item("young.conversations.2", "De juf of meester luistert naar mij.", "My teacher listens to me."),
        item(
          "young.conversations.3",
          "Mijn ouders kunnen de juf of meester alles vragen.",
          "My parents can ask my teacher anything.",
        ),
        item("young.conversations.4", "Ik mag zeggen wat ik nodig heb.", "I may say what I need."),
      ],
    },
    {
      domain: "information",
      items: [
        item(
          "young.information.1",
          "Mijn ouders weten wat we in de klas gaan doen.",
          "My parents know what we are going to do in class.",
        ),
        item(
          "young.information.2",
          "Mijn ouders zien foto's of verhalen over mijn klas.",
          "My parents see photos or stories about my class.",
        ),
        item("young.information.3", "Ik weet wat ik mee moet nemen naar school.", "I know what to bring to school."),
        item(
          "young.information.4",
          "Mijn ouders weten wanneer er iets bijzonders is op school.",
          "My parents know when something special happens at school.",
        ),
      ],
    },
  ],
};
