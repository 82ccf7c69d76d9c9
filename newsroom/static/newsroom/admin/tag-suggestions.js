/* Suggested players and teams on admin change forms.
 *
 * Follows the text fields named in data-sources as the journalist types, asks
 * the desk for the players and teams they name, and lists them as tick boxes.
 * Ticking one adds it to the players or teams box at once (the tick also
 * travels with the form, so the page works without this script too).
 *
 * Names the text contains that match no player or team are listed under
 * "Not in the list", one row each: the desk says what each is (a team, a
 * player of one of the story's teams, not a name at all) and adds them in
 * one go, which also tags the story; a reporter asks the desk instead.
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

  function teamsChosen() {
    const select = selectFor("team");
    return select
      ? Array.from(select.selectedOptions).map((o) => ({ id: o.value, label: o.textContent.trim() }))
      : [];
  }

  function actionChoices(box) {
    const data = box.dataset;
    const choices = [["", "— leave it —"]];
    if (data.addTeam) {
      choices.push(["team", "A team: add and tag"]);
    } else if (data.ask) {
      choices.push(["ask-team", "A team: ask the desk to add it"]);
    }
    if (data.addPlayer) {
      teamsChosen().forEach((team) => {
        choices.push([`player:${team.id}`, `A player of ${team.label}: add and tag`]);
      });
      choices.push(["player:", "A player of another team: add and tag"]);
    } else if (data.ask) {
      choices.push(["ask-player", "A player: ask the desk to add them"]);
    }
    if (data.dismiss) {
      choices.push(["dismiss", "Not a player or team: never suggest it"]);
    }
    return choices;
  }

  function renderMissing(box, names) {
    const panel = box.querySelector("[data-tag-missing]");
    if (!panel) {
      return;
    }
    box.missingNames = names;
    const line = panel.querySelector("[data-tag-missing-names]");
    line.textContent = names.join(", ");
    panel.hidden = names.length === 0;
    const rows = panel.querySelector("[data-tag-missing-rows]");
    if (!rows) {
      return;
    }
    const before = new Map(
      Array.from(rows.querySelectorAll("tr")).map((row) => [
        row.dataset.original,
        {
          name: row.querySelector("[data-field=name]").value,
          action: row.querySelector("[data-field=action]").value,
          position: (row.querySelector("[data-field=position]") || {}).value || "",
        },
      ])
    );
    const choices = actionChoices(box);
    rows.replaceChildren();
    names.forEach((original, index) => {
      const kept = before.get(original) || { name: original, action: "", position: "" };
      const row = document.createElement("tr");
      row.dataset.original = original;
      const nameCell = document.createElement("td");
      const name = document.createElement("input");
      name.type = "text";
      name.maxLength = 100;
      name.value = kept.name;
      name.dataset.field = "name";
      name.id = `${box.dataset.name}-missing-${index}`;
      name.setAttribute("aria-label", `Name ${index + 1} not in the list`);
      nameCell.append(name);
      const actionCell = document.createElement("td");
      const action = document.createElement("select");
      action.dataset.field = "action";
      action.setAttribute("aria-label", `What is ${original}?`);
      choices.forEach(([value, label]) => action.append(new Option(label, value)));
      action.value = choices.some(([value]) => value === kept.action) ? kept.action : "";
      actionCell.append(action);
      row.append(nameCell, actionCell);
      if (box.dataset.addPlayer) {
        const positionCell = document.createElement("td");
        const position = document.createElement("input");
        position.type = "text";
        position.maxLength = 60;
        position.value = kept.position;
        position.dataset.field = "position";
        position.setAttribute("aria-label", `Position of ${original} (optional)`);
        positionCell.append(position);
        row.append(positionCell);
      }
      rows.append(row);
    });
  }

  async function applyMissing(box, form, refresh) {
    const panel = box.querySelector("[data-tag-missing]");
    const status = panel.querySelector("[data-tag-missing-status]");
    const body = new FormData();
    let count = 0;
    panel.querySelectorAll("[data-tag-missing-rows] tr").forEach((row) => {
      const choice = row.querySelector("[data-field=action]").value;
      if (!choice) {
        return;
      }
      const [action, team] = choice.split(":");
      body.append("name", row.querySelector("[data-field=name]").value);
      body.append("action", action);
      body.append("team", team || "");
      body.append("position", (row.querySelector("[data-field=position]") || {}).value || "");
      count += 1;
    });
    if (!count) {
      status.textContent = "Choose what at least one name is first.";
      return;
    }
    body.append("item", box.dataset.item || "");
    try {
      const response = await fetch(box.dataset.namesUrl, {
        method: "POST",
        body: body,
        headers: { "X-CSRFToken": csrfToken(form) },
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (!response.ok) {
        status.textContent = answer.error || "That did not work; nothing was changed.";
        return;
      }
      answer.tags.forEach((tag) => choose(tag.kind, tag.id, tag.label));
      const tagged = answer.tags.length
        ? ` Tagged: ${answer.tags.map((tag) => tag.label).join(", ")} (saved with the story).`
        : "";
      status.textContent = (answer.message || "Done.") + tagged;
      await refresh();
    } catch (error) {
      status.textContent = "The desk could not be reached; nothing was changed.";
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
          const answer = await response.json();
          render(box, answer.suggestions);
          renderMissing(box, answer.unknown || []);
        }
      } catch (error) {
        // Offline or refused: the list simply stays as it was.
      }
    }

    const initial = document.getElementById(box.dataset.unknown);
    renderMissing(box, initial ? JSON.parse(initial.textContent) : []);
    const apply = box.querySelector("[data-tag-missing-apply]");
    if (apply) {
      apply.addEventListener("click", () => applyMissing(box, form, refresh));
    }
    const teams = selectFor("team");
    if (teams && window.django && window.django.jQuery) {
      // select2 reports its changes through jQuery.
      window.django.jQuery(teams).on("change", () => {
        renderMissing(box, box.missingNames || []);
      });
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
