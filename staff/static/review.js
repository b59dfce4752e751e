// A refused correction answers 400 with the form and its message: show it, as htmx keeps 4xx answers out by default.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr.status === 400 && event.detail.elt.closest && event.detail.elt.closest("form.correction")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
