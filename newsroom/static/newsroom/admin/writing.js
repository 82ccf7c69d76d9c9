// The writing form's character counts: "54 / 200" under the headline, and
// near the limit how many characters are left. The visible count follows
// every key; screen readers are told it once typing pauses.
"use strict";
(function () {
  const PAUSE = 1000;

  function length(text) {
    return [...text].length; // characters, as the server counts them
  }

  function wording(box, count) {
    const limit = Number(box.dataset.limit);
    const left = Math.max(limit - count, 0);
    if (limit - count > Number(box.dataset.warnAt)) {
      return box.dataset.total.replace("%(count)d", count).replace("%(limit)d", limit);
    }
    const text = left === 1 ? box.dataset.oneLeft : box.dataset.manyLeft;
    return text.replace("%(left)d", left);
  }

  function watch(box) {
    const input = box.querySelector("input");
    const shown = box.querySelector("[data-char-count-shown]");
    const spoken = box.querySelector("[data-char-count-spoken]");
    if (!input || !shown || !spoken) {
      return;
    }
    let timer;
    input.addEventListener("input", () => {
      const count = length(input.value);
      const text = wording(box, count);
      shown.textContent = text;
      shown.classList.toggle(
        "is-near",
        Number(box.dataset.limit) - count <= Number(box.dataset.warnAt)
      );
      clearTimeout(timer);
      timer = setTimeout(() => {
        spoken.textContent = text;
      }, PAUSE);
    });
  }

  function start() {
    document.querySelectorAll("[data-char-count][data-limit]").forEach(watch);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
