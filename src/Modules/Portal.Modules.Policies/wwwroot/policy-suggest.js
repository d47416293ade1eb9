// Suggestions under the policy search box: the ARIA 1.2 combobox pattern (input role=combobox, a listbox
// popup, aria-activedescendant). Without JavaScript the box is a plain search form. Same-origin fetch only.
(function () {
  "use strict";
  var input = document.getElementById("policy-q");
  var list = document.getElementById("policy-suggestions");
  var status = document.getElementById("policy-suggest-status");
  if (!input || !list || !status || !window.fetch) { return; }

  var endpoint = input.getAttribute("data-suggest");
  var items = [];
  var active = -1;
  var timer = 0;
  var asked = "";

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function close() {
    list.hidden = true;
    list.textContent = "";
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function mark(index) {
    active = index;
    var options = list.querySelectorAll("[role=option]");
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function open(suggestions) {
    list.textContent = "";
    items = suggestions;
    active = -1;
    suggestions.forEach(function (item, i) {
      var option = document.createElement("li");
      option.id = "policy-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = item.title;
      if (item.docNumber) {
        var number = document.createElement("span");
        number.className = "suggest-number";
        number.textContent = item.docNumber + (item.source ? " · " + item.source : "");
        option.appendChild(number);
      }
      // mousedown, not click: the input must not lose the selection before the page changes.
      option.addEventListener("mousedown", function (event) { event.preventDefault(); go(i); });
      list.appendChild(option);
    });
    var any = suggestions.length > 0;
    list.hidden = !any;
    input.setAttribute("aria-expanded", any ? "true" : "false");
    status.textContent = any ? "有 " + suggestions.length + " 条建议，用上下方向键选择，回车打开。" : "";
  }

  function go(index) {
    var item = items[index];
    if (item) { window.location.assign(item.url); }
  }

  function ask() {
    var text = input.value.trim();
    if (text === asked) { return; }
    asked = text;
    if (text.length < 2) { close(); status.textContent = ""; return; }
    fetch(endpoint + "?q=" + encodeURIComponent(text), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (body) { if (input.value.trim() === text) { open(body.items || []); } })
      .catch(function () { close(); });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 250);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      if (list.hidden) { asked = ""; ask(); return; }
      event.preventDefault();
      mark(active + 1 < items.length ? active + 1 : 0);
    } else if (event.key === "ArrowUp") {
      if (list.hidden) { return; }
      event.preventDefault();
      mark(active > 0 ? active - 1 : items.length - 1);
    } else if (event.key === "Enter") {
      if (!list.hidden && active >= 0) { event.preventDefault(); go(active); }
    } else if (event.key === "Escape") {
      if (!list.hidden) { event.preventDefault(); close(); }
    }
  });

  input.addEventListener("blur", function () { window.setTimeout(close, 150); });
})();
