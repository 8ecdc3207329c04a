/* Atrium portal shell: closes the user menu when the user clicks or tabs elsewhere, or presses Escape. */
(function () {
  function closeMenus(except) {
    document.querySelectorAll('details.atrium-user-menu[open]').forEach(function (menu) {
      if (!except || !menu.contains(except)) {
        menu.removeAttribute('open');
      }
    });
  }
  document.addEventListener('click', function (event) { closeMenus(event.target); });
  document.addEventListener('focusin', function (event) { closeMenus(event.target); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      closeMenus(null);
    }
  });
})();
