/**
 * The mutual expectations as other features see them: whether a school year's are published
 * (certification's readiness asks), and a person's own confirmations and responses for their
 * data export.
 */
export { expectationsPublished, expectationsPublishedThisYear } from "./service/published.js";
export { expectationsOfPerson, type PersonExpectations } from "./service/export.js";
