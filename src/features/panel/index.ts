/** What other features may use of the parent panel: nothing yet (docs/panel.md). */
export {};
