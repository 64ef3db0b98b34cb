/** What other features may use of the advice desk: the FAQ's topics (nothing else yet). */
export { TOPICS, type Topic } from "./domain/topics.js";
