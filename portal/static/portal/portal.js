/*
 * Kennisportaal AcVZ: progressive enhancement only. Every page works without this file:
 * the mega menu is then always open on narrow screens and accordions are native <details>.
 * Loaded synchronously in <head> (it is tiny) so that the .portal-js class is set before the
 * first paint and the menu does not flash open.
 */
(function () {
  "use strict";

  document.documentElement.classList.add("portal-js");

  function setUpMegaMenu(button) {
    var menu = document.getElementById(button.getAttribute("aria-controls"));
    if (!menu) {
      return;
    }
    // Parts of the button that show only in one state: the label for screen readers and the
    // menu or close icon.
    var whenOpen = button.querySelectorAll("[data-when-open]");
    var whenClosed = button.querySelectorAll("[data-when-closed]");

    function setOpen(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      menu.classList.toggle("portal-mega-menu--open", open);
      Array.prototype.forEach.call(whenOpen, function (element) {
        element.hidden = !open;
      });
      Array.prototype.forEach.call(whenClosed, function (element) {
        element.hidden = open;
      });
    }

    setOpen(false);
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
  }

  // Closed accordion panels would print empty: open them for printing, restore afterwards.
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    openedForPrint = Array.prototype.filter.call(
      document.querySelectorAll(".portal-accordion details:not([open])"),
      function (details) {
        details.open = true;
        return true;
      }
    );
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (details) {
      details.open = false;
    });
    openedForPrint = [];
  });

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(
      document.querySelectorAll(".ams-page-header__mega-menu-button[aria-controls]"),
      setUpMegaMenu
    );
  });
})();
