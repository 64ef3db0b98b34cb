/** Texts of the parents' version of the trajectory: plain language (B1), nothing internal. */
export const nl = {
  "trajectory.parents.nav": "Samen met school",
  "trajectory.parents.nav@childcare": "Samen met de opvang",
  "trajectory.parents.home.session": "Ouderavond: {topic}, {day}",
  "trajectory.parents.title": "Samen met school",
  "trajectory.parents.title@childcare": "Samen met de opvang",
  "trajectory.parents.intro":
    "De school werkt samen met ouders aan een goede samenwerking. Hier ziet u waar we staan en wanneer u mee kunt doen.",
  "trajectory.parents.intro@childcare":
    "De opvang werkt samen met ouders aan een goede samenwerking. Hier ziet u waar we staan en wanneer u mee kunt doen.",
  "trajectory.parents.none": "De school is nu niet met een traject bezig.",
  "trajectory.parents.none@childcare": "De opvang is nu niet met een traject bezig.",
  "trajectory.parents.now": "Waar staan we nu?",
  "trajectory.parents.phase.start":
    "We beginnen met een vragenlijst. Daarin vertellen team en ouders hoe de samenwerking nu gaat.",
  "trajectory.parents.phase.lines":
    "Het team praat over hoe wij met ouders willen samenwerken. Op ouderavonden horen we graag wat u van de school verwacht.",
  "trajectory.parents.phase.lines@childcare":
    "Het team praat over hoe wij met ouders willen samenwerken. Op ouderavonden horen we graag wat u van de opvang verwacht.",
  "trajectory.parents.phase.plan":
    "We maken samen een plan: hoe school en ouders partners worden, en wat we van elkaar mogen verwachten.",
  "trajectory.parents.phase.plan@childcare":
    "We maken samen een plan: hoe opvang en ouders partners worden, en wat we van elkaar mogen verwachten.",
  "trajectory.parents.phase.carryingOut": "We voeren het plan samen uit.",
  "trajectory.parents.phase.final":
    "We vragen team en ouders opnieuw hoe de samenwerking gaat, om te zien wat er beter is.",
  "trajectory.parents.phase.certification": "We kijken met een adviseur terug op het traject.",
  "trajectory.parents.phase.certified": "Het traject is afgerond. Dank u wel voor uw hulp!",
  "trajectory.parents.coming": "Hier kunt u meedoen",
  "trajectory.parents.noneComing": "Er staan nu geen avonden gepland. Als er een komt, ziet u die hier.",
  "trajectory.parents.held": "Dit hebben we al gedaan",
  "trajectory.parents.dateFollows": "De datum volgt nog.",
  "trajectory.parents.together": "samen met het team",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "trajectory.parents.nav": "Together with school",
  "trajectory.parents.nav@childcare": "Together with the setting",
  "trajectory.parents.home.session": "Parent evening: {topic}, {day}",
  "trajectory.parents.title": "Together with school",
  "trajectory.parents.title@childcare": "Together with the setting",
  "trajectory.parents.intro":
    "The school works with parents on a good partnership. Here you see where we are and when you can take part.",
  "trajectory.parents.intro@childcare":
    "The setting works with parents on a good partnership. Here you see where we are and when you can take part.",
  "trajectory.parents.none": "The school is not working on a trajectory right now.",
  "trajectory.parents.none@childcare": "The setting is not working on a trajectory right now.",
  "trajectory.parents.now": "Where are we now?",
  "trajectory.parents.phase.start":
    "We start with a questionnaire. In it, team and parents say how the partnership goes now.",
  "trajectory.parents.phase.lines":
    "The team talks about how we want to work with parents. At parent evenings we would like to hear what you expect of the school.",
  "trajectory.parents.phase.lines@childcare":
    "The team talks about how we want to work with parents. At parent evenings we would like to hear what you expect of the setting.",
  "trajectory.parents.phase.plan":
    "We make a plan together: how school and parents become partners, and what we may expect of each other.",
  "trajectory.parents.phase.plan@childcare":
    "We make a plan together: how the setting and parents become partners, and what we may expect of each other.",
  "trajectory.parents.phase.carryingOut": "We carry out the plan together.",
  "trajectory.parents.phase.final": "We ask team and parents again how the partnership goes, to see what has improved.",
  "trajectory.parents.phase.certification": "We look back on the trajectory with an advisor.",
  "trajectory.parents.phase.certified": "The trajectory is completed. Thank you for your help!",
  "trajectory.parents.coming": "Where you can take part",
  "trajectory.parents.noneComing": "No evenings are planned right now. When one is, you will see it here.",
  "trajectory.parents.held": "What we have already done",
  "trajectory.parents.dateFollows": "The date will follow.",
  "trajectory.parents.together": "together with the team",
};
