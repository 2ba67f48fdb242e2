// The scan view of a document page: the line under the cursor (or under the keyboard focus) is marked both on the
// page image and in the recognised text. Lines are paired by their data-line attribute ("page-line").
(function () {
  "use strict";
  function pair(key) {
    return document.querySelectorAll('[data-line="' + key.replace(/[^0-9-]/g, "") + '"]');
  }
  var current = [];
  function mark(key) {
    current.forEach(function (el) { el.classList.remove("current"); });
    current = key ? Array.prototype.slice.call(pair(key)) : [];
    current.forEach(function (el) { el.classList.add("current"); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".scan [data-line]").forEach(function (el) {
      el.addEventListener("mouseenter", function () { mark(el.getAttribute("data-line")); });
      el.addEventListener("mouseleave", function () { mark(null); });
      if (el.classList.contains("ocr-line")) {
        el.setAttribute("tabindex", "0");
        el.addEventListener("focus", function () { mark(el.getAttribute("data-line")); });
        el.addEventListener("blur", function () { mark(null); });
      }
    });
  });
})();
