// Blazor calls this once the page's server circuit is up: until then a click on a prerendered element can be lost
// while Blazor swaps the prerendered markup for the live one. The marker lets browser tests (and styles) know.
export function afterServerStarted() {
    document.documentElement.dataset.interactive = "server";
}
