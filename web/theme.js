// Inlined into <head> at build time (the CSP allows it by its hash): applies
// the colour scheme chosen in Settings before the first paint, so a dark
// choice on a light device never flashes white while the app loads.
// The key is storage::local's APPEARANCE_KEY; the app applies it again itself.
try {
  const chosen = localStorage.getItem('ladder.appearance');
  if (chosen === 'light' || chosen === 'dark') document.documentElement.dataset.theme = chosen;
} catch {
  // Storage disabled: follow the device.
}
