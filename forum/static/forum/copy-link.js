// "Copy" buttons next to read-only calendar addresses: shown only where the clipboard can be used.
document.querySelectorAll("[data-copy-target]").forEach(function (button) {
  if (!navigator.clipboard) {
    return;
  }
  var field = document.getElementById(button.dataset.copyTarget);
  var label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.dataset.copiedText;
      window.setTimeout(function () {
        button.textContent = label;
      }, 2000);
    });
  });
});
