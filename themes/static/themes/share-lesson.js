// "Deel een les of knelpunt": while a colleague types a new knelpunt or systeemfout, show the
// existing ones like it, so they can record that their programme sees it too. Without
// JavaScript the form works as before; the list then shows after submitting with an error.
(function () {
  "use strict";
  const form = document.getElementById("lesson-form");
  const box = document.getElementById("similar-bottlenecks");
  if (!form || !box) return;
  const kind = form.querySelector("[name=kind]");
  const title = form.querySelector("[name=title]");
  const summary = form.querySelector("[name=summary]");
  const list = box.querySelector("ul");
  let timer = null;
  let asked = "";

  function show(lessons) {
    list.replaceChildren();
    for (const lesson of lessons) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.className = "ams-link";
      link.href = lesson.url;
      link.textContent = lesson.title;
      const sighting = document.createElement("a");
      sighting.className = "ams-link themes-similar__sighting";
      sighting.href = lesson.sighting_url;
      sighting.textContent = box.dataset.sightingLabel;
      const hidden = document.createElement("span");
      hidden.className = "ams-visually-hidden";
      hidden.textContent = ": " + lesson.title;
      sighting.append(hidden);
      item.append(link, " (" + lesson.kind + ", " + lesson.programme + ") ", sighting);
      list.append(item);
    }
    box.hidden = lessons.length === 0;
  }

  function ask() {
    if (!["knelpunt", "systeemfout"].includes(kind.value)) {
      show([]);
      return;
    }
    const text = (title.value + " " + summary.value).trim();
    if (text.length < 4 || text === asked) return;
    asked = text;
    fetch(box.dataset.url + "?tekst=" + encodeURIComponent(text), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then((response) => (response.ok ? response.json() : { lessons: [] }))
      .then((answer) => show(answer.lessons))
      .catch(() => {});
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(ask, 400);
  }

  title.addEventListener("input", later);
  summary.addEventListener("input", later);
  kind.addEventListener("change", () => {
    asked = "";
    ask();
  });
})();
