/*
 * Search: progressive enhancement only. The page works without this file (facets then apply
 * with their button). With it, a facet applies on change and the page comes back at the
 * results (#results: the keyboard goes on from there); sorting always waits for its button,
 * since a select that submits on change leaves the page at every arrow key (WCAG 3.2.2). The
 * search box suggests tags and titles while typing (the datalist of the search field).
 */
(function () {
  "use strict";

  function autoSubmit(selector) {
    document.querySelectorAll(selector).forEach(function (field) {
      field.addEventListener("change", function () {
        field.form.submit();
      });
    });
  }

  function setUpSuggestions(form) {
    var input = form.querySelector("input[type=search]");
    var list = document.getElementById(input.getAttribute("list"));
    var url = form.getAttribute("data-suggestions-url");
    var timer = null;
    if (!list || !url) {
      return;
    }
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var prefix = input.value.trim();
      if (prefix.length < 2) {
        return;
      }
      timer = window.setTimeout(function () {
        fetch(url + "?q=" + encodeURIComponent(prefix), { credentials: "same-origin" })
          .then(function (response) {
            return response.ok ? response.json() : { tags: [], pages: [] };
          })
          .then(function (data) {
            list.textContent = "";
            data.tags.concat(data.pages).forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.name || item.title;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 150);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    autoSubmit("[data-facet]");
    document.querySelectorAll("form[data-suggestions-url]").forEach(setUpSuggestions);
  });
})();
