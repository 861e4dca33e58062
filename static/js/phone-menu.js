// The main menu is served open, so it works without JavaScript. On a narrow screen it takes half
// the first view, so there it starts folded behind its "Menu" toggle; on a wide screen it is
// always open (the toggle is hidden there), also after turning a phone or resizing a window.
(() => {
  const menu = document.querySelector(".site-nav__disclosure");
  if (!menu) return;
  const narrow = window.matchMedia("(max-width: 767.98px)");
  const fit = () => { menu.open = !narrow.matches; };
  fit();
  narrow.addEventListener("change", fit);
})();
