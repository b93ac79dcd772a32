// Runs in <head>, before the page is drawn (no inline script: the page's
// Content-Security-Policy forbids them). The pre-rendered page in index.html
// holds the overview of the bundled data, which answers only the overview's
// own address with no filter: for any other address the page is marked
// `deep-link`, and shows the site's frame with a loading notice instead
// (prerendered.css) until the app draws its view. A link followed before
// then is checked again.
(function () {
  var root = document.documentElement;
  function check() {
    var route = location.hash.replace(/^#/, '');
    root.classList.toggle('deep-link', route !== '' && route !== '/');
  }
  check();
  addEventListener('hashchange', check);
})();
