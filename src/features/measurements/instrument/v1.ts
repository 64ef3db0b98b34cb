/**
 * Instrument v1, written for Samen on the six domains of partnership. Never
 * change the meaning of a published item: write v2 instead, so measurements
 * made with v1 keep their results. Checked at load by `parseInstrument`.
 */
import { parseInstrument, type Instrument } from "../domain/instrument.js";
import { parents } from "./v1/parents.js";
import { pupils } from "./v1/pupils.js";
import { team } from "./v1/team.js";
import { text } from "./v1/texts.js";
import { young } from "./v1/young.js";

const data: Instrument = {
  version: 1,
  domains: [
    {
      id: "vision",
      name: text("Visie", "Vision"),
      description: text(
        "De school weet waarom ze met ouders samenwerkt, en dat is te zien in alles wat ze ouders vertelt.",
        "The school knows why it works together with parents, and this shows in everything it tells parents.",
      ),
    },
    {
      id: "behaviour",
      name: text("Zichtbaar gedrag", "Visible behaviour"),
      description: text(
        "Iedereen op school laat die visie zien: alle kinderen en ouders zijn welkom en we praten met respect over elkaar.",
        "Everyone at school shows that vision: all children and parents are welcome and we talk about each other with respect.",
      ),
    },
    {
      id: "involvement",
      name: text("Actief betrokken ouders", "Actively involved parents"),
      description: text(
        "Ouders en kinderen doen actief mee in de school en denken mee.",
        "Parents and children actively take part in the school and think along.",
      ),
    },
    {
      id: "learning",
      name: text(
        "Samen verantwoordelijk voor leren en ontwikkeling",
        "Shared responsibility for learning and development",
      ),
      description: text(
        "Ouders zien de resultaten van hun kind, werken samen met de leraar aan de ontwikkeling van hun kind en krijgen steun om thuis te helpen.",
        "Parents see their child's results, work with the teacher on their child's development and get support to help at home.",
      ),
    },
    {
      id: "conversations",
      name: text("Ouders als gesprekspartners", "Parents as partners in conversation"),
      description: text(
        "Gesprekken tussen school en ouders zijn gelijkwaardig. Naast ouderavonden zijn er gesprekken op maat, zo vaak als nodig.",
        "Conversations between school and parents are equal. Besides parent evenings there are conversations tailored to each parent, as often as needed.",
      ),
    },
    {
      id: "information",
      name: text("Informatie, verwachtingen en bijdragen", "Information, expectations and contributions"),
      description: text(
        "School en ouders bespreken elk schooljaar wat ze van elkaar verwachten. Ouders krijgen op tijd duidelijke informatie en kunnen daarop reageren.",
        "Each school year, school and parents discuss what they expect from each other. Parents get clear information on time and can respond to it.",
      ),
    },
  ],
  questionnaires: { team, parents, pupils, young },
};

export const instrumentV1: Instrument = parseInstrument(data);
