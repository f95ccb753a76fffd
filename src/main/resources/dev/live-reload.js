// Dev mode only: reloads the page when the server serves a different version than this page
// shows. The page carries its version in <meta name="site-version">; the server announces the
// current one when the event stream opens and after every publish (edit, template change,
// restart), so no change is missed, even one made before this script connected.
(() => {
  const shown = document.querySelector('meta[name="site-version"]')?.content;
  const events = new EventSource('/_dev/events');
  events.addEventListener('version', (event) => {
    if (event.data !== shown) {
      location.reload();
    }
  });
})();
