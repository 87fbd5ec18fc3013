// Remembers the reading aids (larger text, high contrast) from page to page. Loaded
// synchronously in <head>, so a remembered choice applies before the page is drawn; it sets
// data attributes on <html> that the CSS of src/components/ReadingSwitches.astro reads, and keeps
// the switches' checkboxes in step. Without JavaScript the checkboxes still work on each page.
// A plain script in public/: a module would run only after the page is drawn, and flash.
(function () {
  var KEY = 'mingjing.reading';
  var root = document.documentElement;
  var stored = {};
  try {
    stored = JSON.parse(localStorage.getItem(KEY) || '{}') || {};
  } catch {
    stored = {};
  }
  if (stored.textSize === 'large') root.setAttribute('data-text-size', 'large');
  if (stored.contrast === 'high') root.setAttribute('data-contrast', 'high');
  var attribute = { textSize: 'data-text-size', contrast: 'data-contrast' };
  document.addEventListener('DOMContentLoaded', function () {
    var switches = document.querySelectorAll('[data-reading-preference]');
    Array.prototype.forEach.call(switches, function (input) {
      var name = input.getAttribute('data-reading-preference');
      var value = input.getAttribute('data-reading-value');
      input.checked = stored[name] === value;
      input.addEventListener('change', function () {
        if (input.checked) {
          stored[name] = value;
          root.setAttribute(attribute[name], value);
        } else {
          delete stored[name];
          root.removeAttribute(attribute[name]);
        }
        try {
          localStorage.setItem(KEY, JSON.stringify(stored));
        } catch {
          // Private browsing may refuse storage: the switch still works on this page.
        }
      });
    });
  });
})();
