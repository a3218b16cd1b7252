// Progressive enhancement only: a print button where JavaScript runs (the browser's own
// print command works without it).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
});
