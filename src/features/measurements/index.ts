/**
 * Measurements as other features see them: the six domains of partnership, named here once so an
 * idea or a plan goal tagged with a domain reads as the thermometer does; the organisation's
 * measurements in brief and the team's capacity for change (the trajectory links its nulmeting and
 * eindmeting and plans by it). Each function takes the caller's transaction, so it runs under the
 * caller's row-level security.
 */
export { domainIds, isDomainId, respondentGroups, type DomainId } from "./domain/instrument.js";
export { anonymityThreshold, disclosure, type GroupCount } from "./domain/anonymity.js";
export { domainName } from "./instrument/index.js";
export {
  domainMeans,
  measurementPriorities,
  measurementSummaries,
  teamChangeCapacity,
  type DomainMeans,
  type GroupDomainMeans,
  type TeamChangeCapacity,
} from "./service/for-trajectory.js";
export {
  thermometersOf,
  thermometerGroups,
  type Thermometer,
  type ThermometerGroup,
  type ThermometerReading,
} from "./service/thermometers.js";
export { formatMean } from "./views/labels.js";
export type { Gap as PriorityGap } from "./domain/priorities.js";
export type { MeasurementSummary } from "./service/queries.js";
export {
  measurementDependents,
  type MeasurementDependent,
  type MeasurementDependentSource,
} from "./service/dependents.js";
export type { ChangeAspect, RespondentGroup } from "./domain/instrument.js";
export { BYTE_ORDER_MARK, csvDialect, csvLine, type CsvValue } from "./export/csv.js";
export {
  customQuestionPage,
  customScale,
  readCustomAnswers,
  CUSTOM_SCALE_POINTS,
  type CustomQuestion,
} from "./questionnaire-custom.js";
export { noAnswers, type Answers } from "./questionnaire.js";
export { CustomQuestions } from "./views/answer.js";
export { ballotKey, newBallotKey, seal, unseal } from "./service/sealing.js";
export { pickText, type LocalisedText } from "./domain/text.js";
