// Dev mode only: reloads the page when the server publishes new content or templates.
// The server sends "hello" on connect and "reload" on each publish, tagged with its start id and
// snapshot generation; a changed tag (new content, or a restarted server) means reload.
(() => {
  let seen = null;
  const events = new EventSource('/_dev/events');
  const check = (event) => {
    if (seen !== null && event.data !== seen) {
      location.reload();
    }
    seen = event.data;
  };
  events.addEventListener('hello', check);
  events.addEventListener('reload', check);
})();
