// Filtre de la liste des conventions : masque les lignes qui ne contiennent pas le texte saisi
// (sans tenir compte des accents ni des majuscules). Sans JavaScript, la liste est complète.
(function () {
  "use strict";
  var input = document.getElementById("filtre");
  var list = document.getElementById("liste-conventions");
  var count = document.getElementById("filtre-compte");
  if (!input || !list || !count) {
    return;
  }
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function apply() {
    var wanted = plain(input.value.trim());
    var shown = 0;
    var items = list.querySelectorAll("li");
    for (var i = 0; i < items.length; i++) {
      var match = plain(items[i].getAttribute("data-texte") || items[i].textContent).indexOf(wanted) !== -1;
      items[i].hidden = !match;
      if (match) {
        shown++;
      }
    }
    count.textContent = shown + (shown > 1 ? " conventions" : " convention") +
      (wanted ? " sur " + items.length : "");
  }
  input.addEventListener("input", apply);
  apply();
})();
