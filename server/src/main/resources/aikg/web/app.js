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

  function storage(kind) {
    try { return window[kind]; } catch (e) { return null; }  // blocked storage must not break the page
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
  var QUERY_KEY = "aikg.query";
  // What a first visit shows (and runs): prefixed, and it returns rows on any store with a model in it.
  var EXAMPLE_QUERY = [
    "PREFIX aikg: <https://w3id.org/aikg/ontology#>",
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "",
    "# Models and the organizations that developed them, with how many documents say so.",
    "# Click an IRI in the results to open its page; the list on the left has more queries.",
    "SELECT ?model ?modelLabel ?organization ?organizationLabel (COUNT(DISTINCT ?document) AS ?documents)",
    "WHERE {",
    "  ?model aikg:developedBy ?organization ; rdfs:label ?modelLabel .",
    "  ?organization rdfs:label ?organizationLabel .",
    "  OPTIONAL { ?assertion rdf:subject ?model ; rdf:predicate aikg:developedBy ;",
    "                        rdf:object ?organization ; aikg:statedIn ?document . }",
    "}",
    "GROUP BY ?model ?modelLabel ?organization ?organizationLabel",
    "ORDER BY ?organizationLabel ?modelLabel",
    "LIMIT 200"
  ].join("\n");

  var NUMERIC = /^http:\/\/www\.w3\.org\/2001\/XMLSchema#(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger|nonPositiveInteger|negativeInteger|unsignedInt|unsignedLong|unsignedShort|unsignedByte)$/;

  // The page of an IRI in this app, as Links.page does it on the server; null for IRIs of other sites.
  function localPage(iri, host) {
    var idBase = host.getAttribute("data-id-base"), docBase = host.getAttribute("data-doc-base");
    var localBase = host.getAttribute("data-local-base");
    function plain(rest) { return rest && /^[A-Za-z0-9._~\/-]+$/.test(rest) && rest.indexOf("//") < 0 && rest.indexOf("..") < 0; }
    if (iri.indexOf(idBase) === 0 && plain(iri.substring(idBase.length))) return "/id/" + iri.substring(idBase.length);
    if (iri.indexOf(docBase) === 0 && plain(iri.substring(docBase.length))) return "/doc/" + iri.substring(docBase.length);
    if (iri.indexOf(localBase) === 0) return "/entity?iri=" + encodeURIComponent(iri);
    return null;
  }

  // Numbers in results read as numbers ("3", not "3"^^xsd:integer). The table plugin's own escaping is kept:
  // the literal is handed back to it without its datatype. Guarded, so another YASR version only loses this.
  function plainNumbers() {
    var Yasr = window.Yasgui && window.Yasgui.Yasr;
    var Table = Yasr && Yasr.plugins && Yasr.plugins.table;
    var proto = Table && Table.prototype;
    if (!proto || typeof proto.formatLiteral !== "function" || proto.formatLiteral.aikg) return;
    var format = proto.formatLiteral;
    proto.formatLiteral = function (binding, prefixes) {
      if (binding && binding.datatype && NUMERIC.test(binding.datatype)) {
        return format.call(this, { type: "literal", value: binding.value }, prefixes);
      }
      return format.apply(this, arguments);
    };
    proto.formatLiteral.aikg = true;
  }

  // Result links to the project's IRIs open the local page, in this tab. An observer catches every table the
  // plugin draws (new results, another page of the table, compact mode) without depending on its internals.
  function localResultLinks(host) {
    function rewrite(root) {
      var links = root.querySelectorAll ? root.querySelectorAll("a.iri") : [];
      for (var i = 0; i < links.length; i++) {
        var a = links[i];
        var iri = a.getAttribute("data-iri") || a.getAttribute("href");
        var local = iri && localPage(iri, host);
        if (!local) continue;
        if (!a.hasAttribute("data-iri")) a.addEventListener("click", keepClick);
        a.setAttribute("data-iri", iri);
        a.setAttribute("href", local);
        a.setAttribute("target", "_self");
        a.title = iri;
      }
    }
    // The table's ellipsis handler, on the cell, cancels the first click on a cut-off cell to widen it; a
    // link to a local page should open on the first click (its title shows the whole IRI).
    function keepClick(e) { e.stopPropagation(); }
    new MutationObserver(function (records) {
      records.forEach(function (r) { r.addedNodes.forEach(function (n) { if (n.nodeType === 1) rewrite(n); }); });
    }).observe(host, { childList: true, subtree: true });
    rewrite(host);
  }

  function setupQueryPage() {
    var host = document.getElementById("yasgui");
    if (!host || typeof window.Yasgui !== "function") return;
    var endpoint = new URL(host.getAttribute("data-endpoint"), window.location.href).href;
    var status = document.getElementById("query-status");
    var local = storage("localStorage");
    plainNumbers();
    localResultLinks(host);
    // Fresh tab state each visit: stale tabs from another server (another port) would point elsewhere. The
    // editor's text is kept by this script instead (below), which is all a reload needs.
    var yasgui = new window.Yasgui(host, {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: false,
      persistenceId: null,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
    });
    window.aikgYasgui = yasgui;
    var tab = yasgui.getTab();
    var yasqe = tab.getYasqe();
    var list = document.getElementById("query-list");
    var settingText = false;

    function setText(text) {
      settingText = true;
      try { tab.setQuery(text); } finally { settingText = false; }
      if (local) local.setItem(QUERY_KEY, text);
    }
    function markCurrent(name) {
      var buttons = list.querySelectorAll("button.named-query");
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].classList.toggle("current", buttons[i].getAttribute("data-name") === name);
      }
    }
    // The address names the shipped query on show, so it can be shared; an edit makes it the user's own.
    function setAddress(name) {
      var url = new URL(window.location.href);
      if (name) url.searchParams.set("query", name); else url.searchParams.delete("query");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    }
    function run(q) {
      setText(q.text);
      markCurrent(q.name);
      setAddress(q.name);
      status.textContent = q.description || "";
      yasqe.query();
    }

    yasqe.on("change", function () {
      if (settingText) return;
      if (local) local.setItem(QUERY_KEY, yasqe.getValue());
      markCurrent(null);
      setAddress(null);
    });

    var wanted = new URL(window.location.href).searchParams.get("query");
    var kept = local && local.getItem(QUERY_KEY);
    if (!wanted) {
      if (kept) {
        setText(kept);
      } else {
        setText(EXAMPLE_QUERY);
        yasqe.query();
      }
    }

    getJson("/api/queries").then(function (queries) {
      queries.forEach(function (q) {
        var li = el("li");
        var button = el("button", "named-query", q.title || q.name);
        button.type = "button";
        button.setAttribute("data-name", q.name);
        if (q.description) button.title = q.description;
        button.addEventListener("click", function () { run(q); });
        li.appendChild(button);
        var link = el("a", "query-name", q.name);
        link.href = "/?query=" + encodeURIComponent(q.name);
        link.title = "Link to this query";
        li.appendChild(link);
        list.appendChild(li);
      });
      if (wanted) {
        var found = queries.filter(function (q) { return q.name === wanted; })[0];
        if (found) {
          run(found);
        } else {
          status.textContent = "No shipped query is named \u201c" + wanted + "\u201d; pick one from the list.";
          status.classList.add("error");
          setText(kept || EXAMPLE_QUERY);
        }
      }
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
