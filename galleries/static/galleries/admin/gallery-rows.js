"use strict";
// A gallery's photo rows (templates/admin/galleries/gallery/photo_rows.html):
// a row is dragged by any part of it that is not a box, button or link;
// Move to top / Move to bottom move it at once; typing a position moves it
// there. After every move the position boxes are numbered 1, 2, 3... in the
// order shown, and those numbers are what the form saves.
(function () {
  const INTERACTIVE = "input, textarea, select, button, a, label, .select2-container";

  function rowsOf(tbody) {
    return Array.from(tbody.querySelectorAll("tr.photo-row:not(.empty-form)"));
  }

  function renumber(tbody) {
    rowsOf(tbody).forEach(function (row, index) {
      const box = row.querySelector("input.row-position");
      if (box) {
        box.value = String(index + 1);
      }
    });
  }

  function say(group, message) {
    const status = group.querySelector(".photo-rows-status");
    if (status) {
      status.textContent = message;
    }
  }

  function moved(group, tbody, row) {
    renumber(tbody);
    const box = row.querySelector("input.row-position");
    say(group, "Photo moved to position " + (box ? box.value : "") + ".");
    row.classList.add("just-moved");
    window.setTimeout(function () { row.classList.remove("just-moved"); }, 1200);
  }

  function moveTo(tbody, row, index) {
    const rows = rowsOf(tbody).filter(function (other) { return other !== row; });
    const clamped = Math.max(0, Math.min(index, rows.length));
    const before = clamped < rows.length ? rows[clamped] : tbody.querySelector("tr.empty-form");
    tbody.insertBefore(row, before);
  }

  function setUp(group) {
    const tbody = group.querySelector("tbody");
    if (!tbody) {
      return;
    }
    let dragged = null;

    tbody.addEventListener("pointerdown", function (event) {
      const row = event.target.closest("tr.photo-row");
      if (row && !row.classList.contains("empty-form")) {
        row.draggable = !event.target.closest(INTERACTIVE);
      }
    });
    tbody.addEventListener("dragstart", function (event) {
      dragged = event.target.closest ? event.target.closest("tr.photo-row") : null;
      if (!dragged) {
        return;
      }
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", "");
      dragged.classList.add("dragging");
    });
    tbody.addEventListener("dragover", function (event) {
      if (!dragged) {
        return;
      }
      event.preventDefault();
      const row = event.target.closest("tr.photo-row");
      if (!row || row === dragged || row.classList.contains("empty-form")) {
        return;
      }
      const box = row.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      tbody.insertBefore(dragged, after ? row.nextElementSibling : row);
    });
    tbody.addEventListener("drop", function (event) {
      if (dragged) {
        event.preventDefault();
      }
    });
    tbody.addEventListener("dragend", function () {
      if (!dragged) {
        return;
      }
      const row = dragged;
      dragged = null;
      row.classList.remove("dragging");
      row.draggable = false;
      moved(group, tbody, row);
    });

    tbody.addEventListener("click", function (event) {
      const button = event.target.closest("button.row-move");
      if (!button) {
        return;
      }
      const row = button.closest("tr.photo-row");
      moveTo(tbody, row, button.dataset.move === "top" ? 0 : Infinity);
      moved(group, tbody, row);
      button.focus();
    });

    tbody.addEventListener("change", function (event) {
      if (!event.target.matches("input.row-position")) {
        return;
      }
      const row = event.target.closest("tr.photo-row");
      const wanted = parseInt(event.target.value, 10);
      if (Number.isNaN(wanted)) {
        renumber(tbody);
        return;
      }
      moveTo(tbody, row, wanted - 1);
      moved(group, tbody, row);
    });

    // A row added with "Add another" goes last and takes the next number.
    document.addEventListener("formset:added", function (event) {
      if (tbody.contains(event.target)) {
        renumber(tbody);
      }
    });
    renumber(tbody);
  }

  function start() {
    document.querySelectorAll(".photo-rows").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
