// Steps readers notice at once (withdraw, unpublish) ask before they go.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});

// "Copy link" beside a shared preview link: to the clipboard, and says so.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) {
    return;
  }
  const field = document.getElementById(button.dataset.copy);
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
  } catch {
    document.execCommand("copy"); // older browsers, or no clipboard permission
  }
  const label = button.textContent;
  button.textContent = button.dataset.copied;
  setTimeout(() => { button.textContent = label; }, 2000);
});

// The publish button says what it will do with the publication time being
// picked: "Publish" for none or a past one, "Schedule for 20:04" for later
// today, "Schedule for Sat 5 Dec, 20:04" for another day (as the server
// says it of the saved time). Only the words: the server decides from the
// time posted. The picker's value is in the newsroom's time zone.
(function () {
  const button = document.querySelector("button[data-schedule-label]");
  const input = document.querySelector("input[data-publication-time]");
  if (!button || !input) {
    return;
  }
  const days = button.dataset.dayNames.split(",");
  const months = button.dataset.monthNames.split(",");
  const clock = new Intl.DateTimeFormat("en-GB", {
    timeZone: input.dataset.timeZone || undefined,
    year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });

  function now() {
    // "2026-12-05T20:04": the newsroom's clock, written as the picker writes.
    const part = {};
    clock.formatToParts(new Date()).forEach(({ type, value }) => { part[type] = value; });
    return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
  }

  function label() {
    const value = input.value.slice(0, 16);
    const current = now();
    if (!value || value <= current) {
      return button.dataset.publishLabel;
    }
    const [date, time] = value.split("T");
    let when = time;
    if (date !== current.slice(0, 10)) {
      const [year, month, day] = date.split("-").map(Number);
      const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
      const thisYear = date.slice(0, 4) === current.slice(0, 4);
      when = `${days[weekday]} ${day} ${months[month - 1]}${thisYear ? "" : ` ${year}`}, ${time}`;
    }
    return button.dataset.scheduleLabel.replace("%(when)s", when);
  }

  function update() {
    button.textContent = label();
  }

  input.addEventListener("input", update);
  input.addEventListener("change", update);
  // A time picked for later becomes a time past as the page stays open.
  setInterval(update, 30000);
  update();
})();
