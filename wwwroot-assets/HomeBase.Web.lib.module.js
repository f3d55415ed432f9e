// Blazor calls this once the page's server circuit is up: until then a click on a prerendered element can be lost
// while Blazor swaps the prerendered markup for the live one. The marker lets browser tests (and styles) know.
export function afterServerStarted() {
    document.documentElement.dataset.interactive = "server";
}

// "Skip to content" moves the keyboard focus, not only the view: Blazor answers a same-page #link by scrolling alone,
// and the next Tab would start from the app bar again. Captured before Blazor's own click handler.
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a.hb-skip-link") : null;
    const main = link ? document.getElementById("main-content") : null;
    if (!main) return;
    event.preventDefault();
    event.stopPropagation();
    main.focus();
    main.scrollIntoView();
}, true);
