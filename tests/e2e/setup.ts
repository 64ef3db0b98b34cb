// Registers the features' message catalogs, which the tests' translator reads, as the app does.
import "../../src/features/index.js";
