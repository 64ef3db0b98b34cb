/**
 * Instrument v1 in a preschool's or daycare's words: the same items with the same ids and the same
 * meaning, so their results compare with a school's and the version stays 1. Only the texts that
 * speak of a school are here, by their place in the instrument (an item's id, `<group>.intro`,
 * `domain.<id>` for a domain's description); every other text reads the same everywhere.
 * `wordedInstrument` refuses a place the instrument does not have.
 */
import type { LocalisedText } from "../../domain/text.js";
import { text } from "./texts.js";

export const childcareTexts: Readonly<Record<string, LocalisedText>> = {
  "domain.vision": text(
    "De opvang weet waarom ze met ouders samenwerkt, en dat is te zien in alles wat ze ouders vertelt.",
    "The setting knows why it works together with parents, and this shows in everything it tells parents.",
  ),
  "domain.behaviour": text(
    "Iedereen op de opvang laat die visie zien: alle kinderen en ouders zijn welkom en we praten met respect over elkaar.",
    "Everyone at the setting shows that vision: all children and parents are welcome and we talk about each other with respect.",
  ),
  "domain.involvement": text(
    "Ouders en kinderen doen actief mee op de opvang en denken mee.",
    "Parents and children actively take part in the setting and think along.",
  ),
  "domain.learning": text(
    "Ouders zien hoe hun kind zich ontwikkelt, werken daaraan samen met de pedagogisch medewerker en krijgen steun om thuis te helpen.",
    "Parents see how their child develops, work on it together with the early years practitioner and get support to help at home.",
  ),
  "domain.conversations": text(
    "Gesprekken tussen de opvang en ouders zijn gelijkwaardig. Naast ouderavonden zijn er gesprekken op maat, zo vaak als nodig.",
    "Conversations between the setting and parents are equal. Besides parent evenings there are conversations tailored to each parent, as often as needed.",
  ),
  "domain.information": text(
    "De opvang en ouders bespreken bij de start wat ze van elkaar verwachten. Ouders krijgen op tijd duidelijke informatie en kunnen daarop reageren.",
    "At the start, the setting and parents discuss what they expect from each other. Parents get clear information on time and can respond to it.",
  ),
  "parents.intro": text(
    "Deze vragenlijst gaat over de samenwerking tussen u en de opvang. Bij elke zin geeft u aan hoe het nu is, en hoe het volgens u zou moeten zijn. Het invullen duurt ongeveer 10 minuten. Uw antwoorden zijn anoniem: niemand kan zien wat u heeft geantwoord.",
    "This questionnaire is about how you and the setting work together. For each sentence, say how it is now and how you think it should be. It takes about 10 minutes. Your answers are anonymous: no one can see what you answered.",
  ),
  "parents.vision.1": text(
    "De opvang vertelt duidelijk hoe zij met ouders wil samenwerken.",
    "The setting explains clearly how it wants to work together with parents.",
  ),
  "parents.vision.2": text(
    "In de informatie van de opvang merk ik dat ouders belangrijk zijn.",
    "The setting's information shows me that parents matter.",
  ),
  "parents.vision.3": text(
    "De opvang heeft ouders gevraagd wat zij belangrijk vinden in de samenwerking.",
    "The setting has asked parents what they find important in working together.",
  ),
  "parents.vision.4": text(
    "De opvang ziet ouders als partners bij het leren en opgroeien van kinderen.",
    "The setting sees parents as partners in how children learn and grow up.",
  ),
  "parents.vision.5": text(
    "De opvang doet wat zij zegt over samenwerken met ouders.",
    "The setting does what it says about working together with parents.",
  ),
  "parents.behaviour.1": text("Ik voel me welkom op de opvang.", "I feel welcome at the setting."),
  "parents.behaviour.2": text(
    "Medewerkers van de opvang groeten mij en maken makkelijk contact.",
    "The setting's staff greet me and make contact easily.",
  ),
  "parents.behaviour.3": text(
    "Op de opvang wordt met respect over mij en mijn kind gepraat.",
    "At the setting, people talk about me and my child with respect.",
  ),
  "parents.behaviour.4": text(
    "De opvang behandelt alle ouders even goed, wat hun taal of achtergrond ook is.",
    "The setting treats all parents equally well, whatever their language or background.",
  ),
  "parents.behaviour.5": text(
    "Ik kan bij de opvang terecht met een vraag of een zorg.",
    "I can go to the setting with a question or a worry.",
  ),
  "parents.involvement.1": text(
    "De opvang vraagt mij om mee te helpen bij activiteiten.",
    "The setting asks me to help with activities.",
  ),
  "parents.involvement.2": text(
    "De opvang vraagt ouders om mee te denken over plannen en keuzes.",
    "The setting asks parents to think along about plans and choices.",
  ),
  "parents.involvement.3": text(
    "Ik weet hoe ik mijn mening over de opvang kan geven.",
    "I know how to give my opinion about the setting.",
  ),
  "parents.learning.2": text(
    "Ik kan de ontwikkeling van mijn kind makkelijk volgen.",
    "I can easily follow my child's development.",
  ),
  "parents.learning.3": text(
    "De pedagogisch medewerker vraagt mij wat ik weet over mijn kind.",
    "The early years practitioner asks me what I know about my child.",
  ),
  "parents.learning.4": text(
    "De pedagogisch medewerker en ik spreken samen af wat mijn kind nodig heeft.",
    "The early years practitioner and I agree together on what my child needs.",
  ),
  "parents.learning.5": text(
    "De opvang geeft mij tips hoe ik mijn kind thuis kan helpen.",
    "The setting gives me tips on how to help my child at home.",
  ),
  "parents.conversations.1": text(
    "In gesprekken met de pedagogisch medewerker voel ik me een gelijkwaardige partner.",
    "In conversations with the early years practitioner I feel an equal partner.",
  ),
  "parents.conversations.2": text(
    "De pedagogisch medewerker luistert goed naar wat ik vertel.",
    "The early years practitioner listens carefully to what I say.",
  ),
  "parents.information.1": text(
    "Bij de start (het intakegesprek) bespreken de opvang en ik wat we van elkaar verwachten.",
    "At the start (the intake conversation), the setting and I discuss what we expect from each other.",
  ),
  "parents.information.3": text(
    "De informatie van de opvang is duidelijk en makkelijk te lezen.",
    "The setting's information is clear and easy to read.",
  ),
  "parents.information.4": text(
    "Ik kan reageren op informatie van de opvang en zelf ideeën geven.",
    "I can respond to the setting's information and share my own ideas.",
  ),
  "team.intro": text(
    "Deze vragenlijst gaat over hoe wij als opvang samenwerken met ouders. Bij elke zin geef je aan hoe het nu is, en hoe het volgens jou zou moeten zijn. Je antwoorden zijn anoniem.",
    "This questionnaire is about how we as a setting work together with parents. For each sentence, say how it is now and how you think it should be. Your answers are anonymous.",
  ),
  "team.vision.1": text(
    "Onze opvang heeft een duidelijke visie op samenwerken met ouders.",
    "Our setting has a clear vision of working together with parents.",
  ),
  "team.behaviour.1": text(
    "Alle ouders zijn welkom op onze opvang, en dat merken ze ook.",
    "All parents are welcome at our setting, and they notice it.",
  ),
  "team.involvement.1": text(
    "Ouders helpen mee bij activiteiten in en rond de opvang.",
    "Parents help with activities in and around the setting.",
  ),
  "team.involvement.2": text(
    "We vragen ouders om mee te denken over plannen en keuzes van de opvang.",
    "We ask parents to think along about the setting's plans and choices.",
  ),
  "team.involvement.3": text(
    "Ouders hebben een stem in de opvang, bijvoorbeeld via de oudercommissie.",
    "Parents have a voice in the setting, for example through the parents' committee.",
  ),
  "team.involvement.4": text(
    "Ook ouders die minder vaak op de opvang komen, doen op hun eigen manier mee.",
    "Parents who come to the setting less often also take part, in their own way.",
  ),
  "team.involvement.5": text(
    "Kinderen laten op hun eigen manier merken wat ze vinden van wat er op de groep gebeurt, en wij luisteren daarnaar.",
    "Children show in their own way what they think of what happens in the group, and we listen to it.",
  ),
  "team.learning.2": text(
    "Ouders kunnen de ontwikkeling van hun kind makkelijk volgen.",
    "Parents can easily follow their child's development.",
  ),
  "team.learning.5": text(
    "We gebruiken wat ouders over hun kind weten in onze activiteiten en begeleiding op de groep.",
    "We use what parents know about their child in our activities and care in the group.",
  ),
  "team.conversations.5": text(
    "Kinderen doen op hun eigen manier mee in gesprekken over hun eigen ontwikkeling.",
    "Children take part, in their own way, in conversations about their own development.",
  ),
  "team.information.1": text(
    "Bij de start (het intakegesprek) bespreken we met ouders wat we van elkaar verwachten.",
    "At the start (the intake conversation) we discuss with parents what we expect from each other.",
  ),
  "team.information.2": text(
    "Ouders weten wat ze van de opvang kunnen verwachten, en wat de opvang van hen vraagt.",
    "Parents know what they can expect from the setting, and what the setting asks of them.",
  ),
  "team.capacity.support.1": text(
    "De leidinggevende of het management steunt ons bij het werken aan de samenwerking met ouders.",
    "Our manager or management supports us in working on the partnership with parents.",
  ),
};
