/** The content script entry: starts the overlay features for the dashboard page it runs in. */
export {};
