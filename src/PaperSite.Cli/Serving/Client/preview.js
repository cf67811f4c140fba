// papersite serve's page script: reloads the page when the site is rebuilt, and shows the problems of a
// failed rebuild over the page until they are fixed. Served from the site's own origin (the theme's
// Content-Security-Policy allows only script-src 'self'); it builds its overlay with DOM calls and
// textContent only, so a problem's text can never become markup.
(() => {
  "use strict";
  const script = document.currentScript;
  const version = new URL(script.src).searchParams.get("v");
  // The page's path goes with the stream: an edit is rendered ahead of the rebuild for the pages open.
  const events = new EventSource("/__papersite/events?page=" + encodeURIComponent(location.pathname));
  let overlay = null;

  // The server announces the current version on connecting and after every successful build.
  events.addEventListener("built", (event) => {
    if (event.data !== version) {
      events.close();
      location.reload();
      return;
    }
    hide();
  });

  // A failed rebuild: the last good site stays, with its problems shown over it.
  events.addEventListener("failed", (event) => show(JSON.parse(event.data)));

  function show(problems) {
    hide();
    if (!document.querySelector("link[data-papersite-overlay]")) {
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = "/__papersite/overlay.css";
      style.dataset.papersiteOverlay = "";
      document.head.append(style);
    }

    overlay = document.createElement("section");
    overlay.id = "papersite-overlay";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-label", "The rebuild failed");
    const heading = document.createElement("h2");
    heading.textContent = "The rebuild failed: " + problems.length + (problems.length === 1 ? " problem" : " problems");
    const note = document.createElement("p");
    note.textContent = "This page is the last good build. Fix the problems and it reloads.";
    const list = document.createElement("ol");
    for (const problem of problems) {
      const item = document.createElement("li");
      item.className = "papersite-problem papersite-" + problem.severity;
      const where = document.createElement("code");
      where.className = "papersite-where";
      where.textContent = problem.line > 0 ? `${problem.file}(${problem.line},${problem.column})` : problem.file;
      const what = document.createElement("span");
      what.className = "papersite-message";
      what.textContent = `${problem.severity} ${problem.code}: ${problem.message}`;
      item.append(where, " ", what);
      list.append(item);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.addEventListener("click", hide);
    overlay.append(heading, note, list, close);
    document.body.append(overlay);
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }
})();
