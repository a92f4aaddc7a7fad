// Small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // One click sends once: disable the button while the form is submitted.
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) {
        if (b.dataset.busy) { b.textContent = b.dataset.busy; }
        b.disabled = true;
      });
    });
  });
  // Queue filters apply as soon as a drop-down changes.
  var filters = document.getElementById("filters");
  if (filters) {
    filters.querySelectorAll("select").forEach(function (s) {
      s.addEventListener("change", function () { filters.submit(); });
    });
  }
  // Bulk approve: one box selects every routine reminder on the page.
  var pickAll = document.getElementById("pick-all");
  if (pickAll) {
    pickAll.addEventListener("change", function () {
      document.querySelectorAll("input[name=ids][form=bulk-form]").forEach(function (box) { box.checked = pickAll.checked; });
    });
  }
  keyboardShortcuts();
});


// Keyboard shortcuts for a working day (? shows them): move through the queue, open, approve,
// reject, edit, next. Keys typed into a field stay text; Escape leaves the field.
function keyboardShortcuts() {
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.queue tbody tr[data-href]"));
  var selected = 0;
  var help = document.getElementById("keys-help");

  function select(index) {
    if (!rows.length) { return; }
    selected = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) { row.classList.toggle("selected", i === selected); });
    var link = rows[selected].querySelector("a.item-link");
    if (link) { link.focus({ preventScroll: true }); }
    rows[selected].scrollIntoView({ block: "nearest" });
  }
  function click(id) {
    var el = document.getElementById(id);
    if (el) { window.location.href = el.getAttribute("href"); }
  }
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  if (rows.length) {
    rows.forEach(function (row, i) {
      var link = row.querySelector("a.item-link");
      if (link) { link.addEventListener("focus", function () { selected = i; rows.forEach(function (r, j) { r.classList.toggle("selected", j === i); }); }); }
    });
    rows[0].classList.add("selected");
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (typing(event.target)) {
      if (event.key === "Escape") { event.target.blur(); }
      return;
    }
    if (help && help.open) { return; }  // the dialog handles Escape itself
    var key = event.key;
    var handled = true;
    if (key === "?") {
      if (help) { help.showModal(); }
    } else if (rows.length && (key === "j" || key === "ArrowDown")) {
      select(selected + 1);
    } else if (rows.length && (key === "k" || key === "ArrowUp")) {
      select(selected - 1);
    } else if (rows.length && key === "Enter" && !(event.target.tagName === "A" || event.target.tagName === "BUTTON")) {
      window.location.href = rows[selected].dataset.href;
    } else if (key === "a") {
      var approve = document.getElementById("approve-form");
      if (approve) { approve.requestSubmit(); } else { handled = false; }
    } else if (key === "r") {
      var reason = document.querySelector("#reject-form input[name=note]");
      if (reason) { reason.focus(); } else { handled = false; }
    } else if (key === "e") {
      var body = document.querySelector("#approve-form textarea[name=body]");
      if (body) { body.focus(); } else { handled = false; }
    } else if (key === "n") {
      click("next-item");
    } else if (key === "p") {
      click("prev-item");
    } else if (key === "u") {
      click("back-to-queue");
    } else {
      handled = false;
    }
    if (handled) { event.preventDefault(); }
  });
}
