// Stands in for the 'server-only' marker package in unit tests: the real one
// throws when imported outside React Server Components.
export {}
