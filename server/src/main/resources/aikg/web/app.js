// aikg web application: search suggestions, the query page, the graph view and corrections.
// Data from the graph is untrusted text: it only ever reaches the page through textContent and
// attribute setters, never through innerHTML.
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  // Only same-origin paths from our own API become links.
  function localUrl(url) {
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/" ? url : "#";
  }

  // ------------------------------------------------------------ search suggestions
  function setupSearch() {
    var input = document.getElementById("search-q");
    var type = document.getElementById("search-type");
    var list = document.getElementById("suggestions");
    if (!input || !list) return;
    var timer = null, seq = 0, active = -1;

    function items() { return list.querySelectorAll("li a"); }
    function hide() { list.hidden = true; active = -1; }
    function highlight(i) {
      var links = items();
      for (var k = 0; k < links.length; k++) links[k].parentNode.classList.toggle("active", k === i);
      active = i;
    }

    function show(hits) {
      list.replaceChildren();
      hits.forEach(function (h) {
        var li = el("li");
        li.setAttribute("role", "option");
        var a = el("a");
        a.href = localUrl(h.url);
        a.appendChild(el("span", "badge type-" + String(h.type).replace(/[^A-Za-z]/g, ""), h.type));
        a.appendChild(el("span", "label", h.label));
        if (h.matched && h.matched !== h.label) a.appendChild(el("span", "matched", h.matched));
        li.appendChild(a);
        list.appendChild(li);
      });
      if (hits.length === 0 && input.value.trim()) {
        list.appendChild(el("li", "empty", "No match"));
      }
      list.hidden = list.childElementCount === 0;
      active = -1;
    }

    function lookup() {
      var q = input.value.trim();
      var mine = ++seq;
      if (!q) { hide(); return; }
      var url = "/api/search?limit=8&q=" + encodeURIComponent(q);
      if (type && type.value) url += "&type=" + encodeURIComponent(type.value);
      getJson(url).then(function (hits) { if (mine === seq) show(hits); })
        .catch(function () { if (mine === seq) hide(); });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 120);
    });
    if (type) type.addEventListener("change", lookup);
    input.addEventListener("keydown", function (e) {
      var links = items();
      if (e.key === "ArrowDown" && links.length) {
        e.preventDefault(); highlight(Math.min(active + 1, links.length - 1));
      } else if (e.key === "ArrowUp" && links.length) {
        e.preventDefault(); highlight(Math.max(active - 1, 0));
      } else if (e.key === "Enter" && active >= 0 && links[active]) {
        e.preventDefault(); window.location.href = links[active].href;
      } else if (e.key === "Escape") {
        hide();
      }
    });
    document.addEventListener("click", function (e) {
      if (!list.contains(e.target) && e.target !== input) hide();
    });
  }

  // ------------------------------------------------------------ query page
  function setupQueryPage() {
    var host = document.getElementById("yasgui");
    if (!host || typeof window.Yasgui !== "function") return;
    var endpoint = new URL(host.getAttribute("data-endpoint"), window.location.href).href;
    // Fresh tab state each visit: stale tabs from another server (another port) would point elsewhere.
    var yasgui = new window.Yasgui(host, {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: false,
      persistenceId: null,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
    });
    window.aikgYasgui = yasgui;
    var list = document.getElementById("query-list");
    getJson("/api/queries").then(function (queries) {
      queries.forEach(function (q) {
        var li = el("li");
        var button = el("button", "named-query", q.title || q.name);
        button.type = "button";
        button.setAttribute("data-name", q.name);
        if (q.description) button.title = q.description;
        button.addEventListener("click", function () {
          var tab = yasgui.getTab();
          tab.setQuery(q.text);
          tab.getYasqe().query();
          var marked = list.querySelectorAll("button.current");
          for (var i = 0; i < marked.length; i++) marked[i].classList.remove("current");
          button.classList.add("current");
        });
        li.appendChild(button);
        li.appendChild(el("span", "query-name", q.name));
        list.appendChild(li);
      });
    }).catch(function (e) { list.appendChild(el("li", "error", String(e.message))); });
  }

  // ------------------------------------------------------------ graph view
  var COLOURS = {
    Model: "#2f6fdb", Paper: "#d97706", Organization: "#16a34a", Person: "#c026d3",
    Document: "#64748b", Other: "#94a3b8"
  };

  function setupGraph() {
    var box = document.getElementById("graph");
    if (!box || typeof window.cytoscape !== "function") return;
    var iri = box.getAttribute("data-iri");
    var status = document.getElementById("graph-status");
    var buttons = document.querySelectorAll("button.depth");

    function draw(depth) {
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].classList.toggle("current", buttons[i].getAttribute("data-depth") === String(depth));
      }
      status.textContent = "loading…";
      getJson("/api/graph?depth=" + depth + "&iri=" + encodeURIComponent(iri)).then(function (g) {
        var elements = [];
        g.nodes.forEach(function (n, index) {
          elements.push({ group: "nodes", data: {
            id: n.id, label: n.label, type: n.type, url: localUrl(n.url), centre: index === 0 ? 1 : 0 } });
        });
        g.edges.forEach(function (e, index) {
          elements.push({ group: "edges", data: {
            id: "e" + index, source: e.source, target: e.target, relation: e.relation } });
        });
        if (window.aikgGraph) window.aikgGraph.destroy();
        var style = [
          { selector: "node", style: {
            "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
            "width": 22, "height": 22, "background-color": COLOURS.Other, "color": "#1f2937",
            "text-wrap": "ellipsis", "text-max-width": 140 } },
          { selector: "node[centre = 1]", style: { "width": 34, "height": 34, "border-width": 3, "border-color": "#111827" } },
          { selector: "edge", style: {
            "width": 1.5, "line-color": "#cbd5e1", "target-arrow-color": "#94a3b8", "target-arrow-shape": "triangle",
            "curve-style": "bezier", "label": "data(relation)", "font-size": 9, "color": "#64748b",
            "text-rotation": "autorotate" } }
        ];
        Object.keys(COLOURS).forEach(function (t) {
          style.push({ selector: "node[type = \"" + t + "\"]", style: { "background-color": COLOURS[t] } });
        });
        var cy = window.cytoscape({
          container: box, elements: elements, style: style,
          layout: { name: elements.length > 2 ? "cose" : "grid", animate: false, padding: 20 },
          wheelSensitivity: 0.3
        });
        cy.on("tap", "node", function (evt) {
          var url = evt.target.data("url");
          if (url && url !== "#" && evt.target.data("centre") !== 1) window.location.href = url;
        });
        window.aikgGraph = cy;
        status.textContent = g.nodes.length + " nodes, " + g.edges.length + " edges" +
          (g.truncated ? " (cut off at " + g.nodes.length + " nodes)" : "");
      }).catch(function (e) { status.textContent = "could not load the graph: " + e.message; });
    }

    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (e) { draw(Number(e.currentTarget.getAttribute("data-depth"))); });
    }
    draw(1);
  }

  // ------------------------------------------------------------ corrections
  // The server renders the panel and the buttons only when it takes corrections; the token is never in the
  // page. What the user types is kept in sessionStorage: this tab only, gone when it closes.
  var TOKEN_KEY = "aikg.writeToken", NAME_KEY = "aikg.corrector";

  function storage(kind) {
    try { return window[kind]; } catch (e) { return null; }  // blocked storage must not break the page
  }

  function setupCorrections() {
    var panel = document.getElementById("corrections");
    if (!panel) return;
    var input = document.getElementById("write-token");
    var name = document.getElementById("corrector");
    var status = document.getElementById("correction-status");
    var session = storage("sessionStorage"), local = storage("localStorage");

    function token() {
      var typed = input.value.trim();
      if (typed && session) session.setItem(TOKEN_KEY, typed);
      return typed || (session && session.getItem(TOKEN_KEY)) || "";
    }
    function say(text, error) {
      status.textContent = text;
      status.classList.toggle("error", !!error);
    }

    if (session && session.getItem(TOKEN_KEY)) say("Token set for this tab.");
    if (local && local.getItem(NAME_KEY)) name.value = local.getItem(NAME_KEY);
    input.addEventListener("change", function () { if (token()) say("Token set for this tab."); });
    name.addEventListener("change", function () { if (local) local.setItem(NAME_KEY, name.value.trim()); });
    document.getElementById("forget-token").addEventListener("click", function () {
      if (session) session.removeItem(TOKEN_KEY);
      input.value = "";
      say("Token forgotten.");
    });

    var buttons = document.querySelectorAll("button.reject");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (e) {
        var button = e.currentTarget;
        var t = token();
        if (!t) { say("Enter the write token first.", true); input.focus(); return; }
        button.disabled = true;
        say("Rejecting…");
        fetch("/corrections", {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: "Bearer " + t },
          body: JSON.stringify({
            verdict: "rejected", subject: button.getAttribute("data-subject"),
            predicate: button.getAttribute("data-predicate"), object: button.getAttribute("data-object"),
            by: name.value.trim(), why: "rejected on the entity page"
          })
        }).then(function (r) {
          if (r.ok) { window.location.reload(); return; }
          button.disabled = false;
          if (r.status === 401) {
            // A wrong token is not kept: the next click asks for it again.
            if (session) session.removeItem(TOKEN_KEY);
            input.value = "";
            say("The server refused the token.", true);
            return;
          }
          return r.json().then(function (body) { say("Not rejected: " + (body && body.error), true); },
            function () { say("Not rejected: HTTP " + r.status, true); });
        }).catch(function (err) { button.disabled = false; say("Not rejected: " + err.message, true); });
      });
    }
  }

  function start() {
    setupSearch();
    setupQueryPage();
    setupGraph();
    setupCorrections();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
