/* Suggested players and teams on admin change forms.
 *
 * Follows the text fields named in data-sources as the journalist types, asks
 * the desk for the players and teams they name, and lists them as tick boxes.
 * Ticking one adds it to the players or teams box at once (the tick also
 * travels with the form, so the page works without this script too).
 */
"use strict";
(function () {
  function debounce(fn, wait) {
    let timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, wait);
    };
  }

  function csrfToken(form) {
    const input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function selectFor(kind) {
    return document.getElementById(kind === "player" ? "id_players" : "id_teams");
  }

  function isChosen(kind, id) {
    const select = selectFor(kind);
    return Boolean(select && Array.from(select.selectedOptions).some((o) => o.value === String(id)));
  }

  function choose(kind, id, label) {
    const select = selectFor(kind);
    if (!select || isChosen(kind, id)) {
      return;
    }
    let option = Array.from(select.options).find((o) => o.value === String(id));
    if (!option) {
      option = new Option(label, String(id), true, true);
      select.append(option);
    }
    option.selected = true;
    if (window.django && window.django.jQuery) {
      window.django.jQuery(select).trigger("change");
    } else {
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  function render(box, suggestions) {
    const list = box.querySelector(".tag-suggestions__list");
    const ticked = new Set(
      Array.from(list.querySelectorAll("input:checked")).map((input) => input.value)
    );
    list.replaceChildren();
    suggestions
      .filter((s) => ticked.has(s.value) || !isChosen(s.kind, s.id))
      .forEach((s) => {
        const item = document.createElement("li");
        const label = document.createElement("label");
        const input = document.createElement("input");
        input.type = "checkbox";
        input.name = box.dataset.name;
        input.value = s.value;
        input.dataset.kind = s.kind;
        input.dataset.label = s.label;
        input.checked = ticked.has(s.value);
        const kind = document.createElement("span");
        kind.className = "tag-suggestions__kind";
        kind.textContent = s.kind;
        label.append(input, " " + s.label + " ", kind);
        item.append(label);
        list.append(item);
      });
    box.querySelector(".tag-suggestions__empty").hidden = list.children.length > 0;
  }

  function init(box) {
    const form = box.closest("form");
    if (!form || !box.dataset.url) {
      return;
    }
    const names = box.dataset.sources.split(",").filter(Boolean);
    const keywords = box.dataset.keywords;

    async function refresh() {
      const body = new FormData();
      body.append(
        "text",
        names
          .map((name) => form.querySelector(`[name="${name}"]`))
          .filter(Boolean)
          .map((field) => field.value)
          .join("\n")
      );
      if (keywords) {
        const field = form.querySelector(`[name="${keywords}"]`);
        if (field) {
          body.append("keywords", field.value);
        }
      }
      try {
        const response = await fetch(box.dataset.url, {
          method: "POST",
          body: body,
          headers: { "X-CSRFToken": csrfToken(form) },
          credentials: "same-origin",
        });
        if (response.ok) {
          render(box, (await response.json()).suggestions);
        }
      } catch (error) {
        // Offline or refused: the list simply stays as it was.
      }
    }

    const later = debounce(refresh, 500);
    form.addEventListener("input", (event) => {
      if (!box.contains(event.target)) {
        later();
      }
    });
    form.addEventListener("change", (event) => {
      const input = event.target;
      if (box.contains(input) && input.checked) {
        choose(input.dataset.kind, input.value.split(":")[1], input.dataset.label);
      }
    });
    refresh();
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-tag-suggestions]").forEach(init);
  });
})();
