// Choosers with pictures (galleries/chooser.py): the admin's autocomplete,
// drawing each result and the choice as a thumbnail, the caption's start,
// the credit and the date. Everything is built with DOM nodes and
// textContent: a caption is text, never markup.
"use strict";
{
  const $ = django.jQuery;

  // A result's values: from the chooser's JSON, or, for the choice the
  // page was rendered with, from its option's data attributes.
  function valuesOf(data) {
    if (data.thumbnail !== undefined) {
      return { thumbnail: data.thumbnail, title: data.title, details: (data.details || []).join(" · ") };
    }
    const set = data.element ? data.element.dataset : {};
    return { thumbnail: set.thumbnail || "", title: set.title || data.text, details: set.details || "" };
  }

  function choiceNode(data, size) {
    const values = valuesOf(data);
    const row = document.createElement("span");
    row.className = "chooser-choice";
    if (values.thumbnail) {
      const image = document.createElement("img");
      image.src = values.thumbnail;
      image.alt = "";
      image.width = size;
      image.height = size;
      image.className = "chooser-thumbnail";
      row.append(image);
    }
    const text = document.createElement("span");
    text.className = "chooser-text";
    const title = document.createElement("span");
    title.className = "chooser-title";
    title.textContent = values.title;
    text.append(title);
    if (values.details) {
      const details = document.createElement("span");
      details.className = "chooser-details";
      details.textContent = values.details;
      text.append(details);
    }
    row.append(text);
    return row;
  }

  function showPreview(select, data) {
    const preview = document.getElementById(select.id + "_preview");
    if (!preview) {
      return;
    }
    preview.replaceChildren();
    preview.hidden = !data;
    if (data) {
      const node = choiceNode(data, 96);
      preview.append(...node.childNodes);
    }
  }

  function pictureChooser(element) {
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
      templateResult: (data) => (data.loading || !data.id ? data.text : choiceNode(data, 48)),
      templateSelection: (data) => (data.id ? choiceNode(data, 24) : data.text),
    });
    $(element).on("select2:select", (event) => showPreview(element, event.params.data));
    $(element).on("select2:clear", () => showPreview(element, null));
  }

  // After the admin's own autocomplete.js has set up every chooser: set
  // these up again, with pictures (select2 replaces its first set-up).
  $(() => {
    $(".picture-chooser").not("[name*=__prefix__]").each((index, element) => pictureChooser(element));
  });
}
