/* Admin console and "me" pages: the copy button next to a token's secret. */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy-target]') : null;
    if (!button) {
      return;
    }
    var input = document.getElementById(button.getAttribute('data-copy-target'));
    if (!input) {
      return;
    }
    var done = function () {
      button.textContent = button.getAttribute('data-copied');
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () {
        input.select();
      });
    } else {
      // plain HTTP: the clipboard API is missing, the old way still works
      input.select();
      if (document.execCommand && document.execCommand('copy')) {
        done();
      }
    }
  });
}());
