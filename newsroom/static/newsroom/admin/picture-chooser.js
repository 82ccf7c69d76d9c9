// Choosers with pictures (galleries/chooser.py): the admin's autocomplete,
// each result and the choice drawn as a thumbnail, the start of the
// caption (or a gallery's headline) and a line of credit and date. Built
// from DOM nodes and textContent only: a caption is text, never markup.
"use strict";
{
  const $ = django.jQuery;

  // A result's values: from the chooser's JSON, or, for the choice the
  // form was rendered with, from its option's data attributes.
  function valuesOf(data) {
    const saved = data.element ? data.element.dataset : {};
    return {
      thumbnail: data.thumbnail ?? saved.thumbnail ?? "",
      label: data.label ?? saved.label ?? data.text,
      details: data.details ?? saved.details ?? "",
    };
  }

  function choice(data, size) {
    const values = valuesOf(data);
    const row = document.createElement("span");
    row.className = "chooser-choice";
    if (values.thumbnail) {
      const image = document.createElement("img");
      image.src = values.thumbnail;
      image.alt = ""; // the text beside it says what it is
      image.width = size;
      image.height = size;
      image.className = "chooser-thumbnail";
      row.append(image);
    } else {
      const none = document.createElement("span");
      none.className = "chooser-thumbnail chooser-no-thumbnail";
      none.classList.add(`chooser-size-${size}`);
      row.append(none);
    }
    const text = document.createElement("span");
    text.className = "chooser-text";
    const label = document.createElement("span");
    label.className = "chooser-label";
    label.textContent = values.label;
    text.append(label);
    if (values.details) {
      const details = document.createElement("span");
      details.className = "chooser-details";
      details.textContent = values.details;
      text.append(details);
    }
    row.append(text);
    return row;
  }

  $.fn.pictureChooser = function () {
    this.each((index, element) => {
      $(element).select2({
        ajax: {
          data: (params) => ({
            term: params.term,
            page: params.page,
            app_label: element.dataset.appLabel,
            model_name: element.dataset.modelName,
            field_name: element.dataset.fieldName,
          }),
        },
        templateResult: (data) => (data.loading || !data.id ? data.text : choice(data, 56)),
        templateSelection: (data) => (data.id ? choice(data, 48) : data.text),
      });
    });
    return this;
  };

  // As the admin's autocomplete.js does for its own boxes: every chooser
  // but the empty form a new inline row is copied from, and new rows'.
  $(() => {
    $(".picture-chooser").not("[name*=__prefix__]").pictureChooser();
  });
  document.addEventListener("formset:added", (event) => {
    $(event.target).find(".picture-chooser").pictureChooser();
  });
}
