// Names for form controls the stock admin and its widgets leave unnamed:
// select2's boxes and search fields (an open one's list too), the
// rich-text editor, the date and time halves of a date-time field, and
// inline rows' delete boxes. Every name comes from the label the page
// already shows for the field.
"use strict";
(function () {
  function labelText(id) {
    const label = id && document.querySelector(`label[for="${CSS.escape(id)}"]`);
    return label ? label.textContent.replace(/:\s*$/, "").trim() : "";
  }

  function name(element, text) {
    if (text && !element.getAttribute("aria-label") && !element.labels?.length) {
      element.setAttribute("aria-label", text);
    }
  }

  function fieldName(input) {
    // id_published_at_0 -> the label of the field, or its fieldset's legend.
    const id = input.id;
    const text = labelText(id) || labelText(id.replace(/_\d+$/, ""));
    if (text) {
      return text;
    }
    const row = input.closest(".flex-container, .form-row");
    const heading =
      row?.querySelector("label:not([for])") ||
      input.closest("fieldset")?.querySelector("legend");
    return heading ? heading.textContent.replace(/:\s*$/, "").trim() : "";
  }

  function columnName(cell) {
    const table = cell.closest("table");
    const header = table && table.querySelectorAll("thead th")[cell.cellIndex];
    return header ? header.textContent.trim() : "";
  }

  function fix(root) {
    root.querySelectorAll("select.admin-autocomplete, select[data-select2-id]").forEach((select) => {
      const text = labelText(select.id);
      const container = select.nextElementSibling;
      if (!text || !container || !container.classList.contains("select2")) {
        return;
      }
      container
        .querySelectorAll('[role="combobox"], [role="textbox"]')
        .forEach((box) => name(box, text));
      container.querySelectorAll(".select2-search__field").forEach((field) =>
        name(field, `${text}: type to search`)
      );
      container.querySelectorAll("ul.select2-selection__rendered, .select2-selection ul").forEach((list) => {
        list.setAttribute("role", "list");
      });
    });
    // A single choice's search field is in its dropdown, at the page's
    // end: named after the select whose results it controls.
    root.querySelectorAll(".select2-search__field[aria-controls]").forEach((field) => {
      const id = field.getAttribute("aria-controls").replace(/^select2-(.+)-results$/, "$1");
      name(field, labelText(id) && `${labelText(id)}: type to search`);
    });
    // An open box names its list with aria-owns only; a combobox says
    // which list it controls with aria-controls (ARIA 1.2).
    root.querySelectorAll('.select2-selection[role="combobox"]').forEach((box) => {
      const list = box.getAttribute("aria-owns");
      if (list) {
        box.setAttribute("aria-controls", list);
      } else {
        box.removeAttribute("aria-controls");
      }
    });
    root.querySelectorAll(".prose-editor").forEach((wrapper) => {
      const textarea = wrapper.querySelector("textarea");
      const editor = wrapper.querySelector('[contenteditable="true"]');
      if (textarea && editor) {
        name(editor, labelText(textarea.id));
      }
    });
    root.querySelectorAll('input[id$="_0"], input[id$="_1"]').forEach((input) => {
      const base = fieldName(input);
      const part = input.id.endsWith("_0") ? "date" : "time";
      if (base && !labelText(input.id)) {
        name(input, `${base}: ${part}`);
      }
    });
    root.querySelectorAll('td[class^="field-"]').forEach((cell) => {
      cell.querySelectorAll("input:not([type=hidden]), textarea, select").forEach((control) => {
        const row = cell.closest("tr");
        const title = row && row.querySelector("td.original p");
        const column = columnName(cell);
        if (column) {
          name(control, title ? `${column}: ${title.textContent.trim()}` : column);
        }
      });
    });
    root.querySelectorAll('input[type="checkbox"][name$="-DELETE"]').forEach((box) => {
      const row = box.closest("tr, .inline-related");
      const title = row && row.querySelector("td.original p, h3 b, h3");
      name(box, `Delete ${title ? title.textContent.trim() : "this row"}`);
    });
  }

  function start() {
    fix(document);
    // select2 and the editor draw their controls after the page loads.
    new MutationObserver(() => fix(document)).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["aria-owns"],
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
