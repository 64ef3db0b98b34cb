/**
 * Measurements as other features see them. The six domains of partnership are named here once,
 * so an idea or a plan goal tagged with a domain reads as the thermometer does.
 */
export { domainIds, isDomainId, type DomainId } from "./domain/instrument.js";
export { domainName } from "./instrument/index.js";
