// Starts Scalar's API reference on /api-docs from a same-origin file: the app's Content Security Policy runs no
// inline script, which is how Scalar's own page would start it. Fonts are the system's (no font CDN), and the
// theme follows HomeBase's (the page's data-theme).
window.Scalar.createApiReference('#app', {
  url: '/openapi/v1.json',
  withDefaultFonts: false,
  darkMode: document.body.dataset.theme === 'dark',
  hideDarkModeToggle: true,
  hideClientButton: true,
  // Scalar's own toolbar (shown on localhost: "Deploy API", "Generate SDK") and its AI agent reach Scalar's
  // services; a reference page of HomeBase's offers neither.
  showDeveloperTools: 'never',
  agent: { disabled: true },
  metaData: { title: 'HomeBase API reference' },
});
