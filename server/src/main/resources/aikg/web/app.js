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
  var LABEL_CHARS = 28;      // longer names are cut with an ellipsis (the whole name shows on hover)
  var LABEL_MARGIN = 3;      // free space kept around every node and its label, in model pixels

  function shortLabel(s) {
    s = String(s || "");
    return s.length > LABEL_CHARS ? s.substring(0, LABEL_CHARS - 1) + "\u2026" : s;
  }

  // Steps from the centre over the edges (0 for the centre, 1 for its neighbours, ...), and for each node the
  // neighbour one step nearer the centre it hangs from (the first found: the API lists edges in a stable order).
  function levels(nodes, edges) {
    var adj = {}, level = {}, parent = {};
    nodes.forEach(function (n) { adj[n.id] = []; });
    edges.forEach(function (e) {
      if (adj[e.source] && adj[e.target]) { adj[e.source].push(e.target); adj[e.target].push(e.source); }
    });
    var centre = nodes[0].id, queue = [centre];
    level[centre] = 0;
    while (queue.length) {
      var id = queue.shift();
      adj[id].forEach(function (other) {
        if (level[other] === undefined) { level[other] = level[id] + 1; parent[other] = id; queue.push(other); }
      });
    }
    return { level: level, parent: parent };
  }

  // A radial tree: the centre in the middle, its neighbours on a ring, each node of depth 2 on an outer ring
  // within the angle of the neighbour it hangs from, so edges stay short and siblings stay together. Rings are
  // as wide as their nodes need; what still overlaps is pushed apart afterwards (separate).
  function radialPositions(nodes, edges) {
    var lv = levels(nodes, edges), rings = [[], [], []];
    nodes.forEach(function (n) {
      var l = lv.level[n.id];
      rings[l === undefined ? 2 : Math.min(l, 2)].push(n.id);
    });
    var pos = {}, angle = {};
    pos[nodes[0].id] = { x: 0, y: 0 };
    var r1 = Math.max(130, rings[1].length * 34 / (2 * Math.PI));
    rings[1].forEach(function (id, i) {
      angle[id] = 2 * Math.PI * i / Math.max(1, rings[1].length) - Math.PI / 2;
      pos[id] = { x: r1 * Math.cos(angle[id]), y: r1 * Math.sin(angle[id]) };
    });
    // Outer ring: grouped by parent in the parents' order, spread evenly; a group sits around its parent's angle.
    var outer = rings[2].slice().sort(function (a, b) {
      var pa = angle[lv.parent[a]], pb = angle[lv.parent[b]];
      pa = pa === undefined ? 10 : pa; pb = pb === undefined ? 10 : pb;
      return pa - pb;
    });
    var r2 = Math.max(r1 + 190, outer.length * 30 / (2 * Math.PI));
    // The first group is centred on its parent's angle; the others follow in their parents' order.
    var first = outer.length ? lv.parent[outer[0]] : null;
    var firstSize = outer.filter(function (id) { return lv.parent[id] === first; }).length;
    var offset = first !== null && angle[first] !== undefined ? angle[first] : -Math.PI / 2;
    outer.forEach(function (id, i) {
      var a = offset + 2 * Math.PI * (i - (firstSize - 1) / 2) / Math.max(1, outer.length);
      pos[id] = { x: r2 * Math.cos(a), y: r2 * Math.sin(a) };
    });
    return { positions: pos, level: lv.level };
  }

  // The rings drawn as ellipses as wide as the box allows: a wide, low box is filled instead of its middle.
  function stretch(positions, box) {
    var aspect = Math.max(1, Math.min(2.5, (box.clientWidth || 1) / (box.clientHeight || 1)));
    Object.keys(positions).forEach(function (id) { positions[id].x *= aspect; });
  }

  // Moves nodes until no two boxes (node and label, plus a margin) overlap: each overlapping pair is pushed
  // apart along the axis where they overlap least, the centre staying put. Deterministic, and it ends: every push
  // separates the pair it looks at, and a round with no overlap stops it.
  function separate(cy, centreId) {
    var nodes = cy.nodes().toArray();   // hidden ones too: a filter undone must not bring back an overlap
    var boxes = nodes.map(function (n) {
      var bb = n.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false });
      var p = n.position();
      return { node: n, x: p.x, y: p.y, dx1: bb.x1 - p.x - LABEL_MARGIN, dx2: bb.x2 - p.x + LABEL_MARGIN,
               dy1: bb.y1 - p.y - LABEL_MARGIN, dy2: bb.y2 - p.y + LABEL_MARGIN, fixed: n.id() === centreId };
    });
    for (var round = 0; round < 400; round++) {
      var moved = false;
      for (var i = 0; i < boxes.length; i++) {
        var a = boxes[i];
        for (var j = i + 1; j < boxes.length; j++) {
          var b = boxes[j];
          var ox = Math.min(a.x + a.dx2, b.x + b.dx2) - Math.max(a.x + a.dx1, b.x + b.dx1);
          var oy = Math.min(a.y + a.dy2, b.y + b.dy2) - Math.max(a.y + a.dy1, b.y + b.dy1);
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          var share = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
          if (ox < oy) {
            var sx = (a.x < b.x || (a.x === b.x && i < j)) ? -1 : 1;
            a.x += sx * (ox + 0.5) * share[0]; b.x -= sx * (ox + 0.5) * share[1];
          } else {
            var sy = (a.y < b.y || (a.y === b.y && i < j)) ? -1 : 1;
            a.y += sy * (oy + 0.5) * share[0]; b.y -= sy * (oy + 0.5) * share[1];
          }
        }
      }
      if (!moved) break;
    }
    cy.batch(function () { boxes.forEach(function (b) { b.node.position({ x: b.x, y: b.y }); }); });
  }

  // Hides the edges of unchecked relations, and the nodes no longer joined to the centre by a shown edge.
  function applyFilter(cy, hidden) {
    var centre = cy.nodes("[centre = 1]");
    cy.batch(function () {
      cy.edges().forEach(function (e) { e.toggleClass("filtered", !!hidden[e.data("relation")]); });
      var reach = {}, queue = [centre[0]];
      reach[centre.id()] = true;
      while (queue.length) {
        var n = queue.shift();
        n.connectedEdges().not(".filtered").forEach(function (e) {
          var o = e.source().id() === n.id() ? e.target() : e.source();
          if (!reach[o.id()]) { reach[o.id()] = true; queue.push(o); }
        });
      }
      cy.nodes().forEach(function (n) { n.toggleClass("filtered", !reach[n.id()]); });
    });
  }

  function setupGraph() {
    var box = document.getElementById("graph");
    if (!box || typeof window.cytoscape !== "function") return;
    var iri = box.getAttribute("data-iri");
    var status = document.getElementById("graph-status");
    var filters = document.getElementById("graph-filters");
    var buttons = document.querySelectorAll("button.depth");
    var hidden = {};          // relations the user unchecked; kept when the depth changes

    function say(cy, g) {
      // Counted by the filter's class: ':visible' may lag behind a class change until the style is next updated.
      var shown = cy.nodes().not(".filtered").length, total = cy.nodes().length;
      status.textContent = (shown === total ? total + " nodes, " : shown + " of " + total + " nodes, ") +
        cy.edges().not(".filtered").length + " edges" + (g.truncated ? " (cut off at " + total + " nodes)" : "");
    }

    function filterBoxes(cy, g) {
      var counts = {};
      g.edges.forEach(function (e) { counts[e.relation] = (counts[e.relation] || 0) + 1; });
      filters.replaceChildren();
      Object.keys(counts).sort().forEach(function (rel) {
        var label = el("label", "relation-filter");
        var check = el("input");
        check.type = "checkbox";
        check.checked = !hidden[rel];
        check.setAttribute("data-relation", rel);
        check.addEventListener("change", function () {
          hidden[rel] = !check.checked;
          applyFilter(cy, hidden);
          say(cy, g);
        });
        label.appendChild(check);
        label.appendChild(document.createTextNode(" " + rel + " (" + counts[rel] + ")"));
        filters.appendChild(label);
      });
    }

    function draw(depth) {
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].classList.toggle("current", buttons[i].getAttribute("data-depth") === String(depth));
      }
      status.textContent = "loading…";
      getJson("/api/graph?depth=" + depth + "&iri=" + encodeURIComponent(iri)).then(function (g) {
        // Large neighbourhoods get more room: up to twice the height at 200 nodes.
        box.style.height = Math.round(460 + Math.min(1, Math.max(0, g.nodes.length - 40) / 160) * 460) + "px";
        var layout = radialPositions(g.nodes, g.edges);
        stretch(layout.positions, box);
        var elements = [];
        g.nodes.forEach(function (n, index) {
          elements.push({ group: "nodes", position: layout.positions[n.id], data: {
            id: n.id, label: shortLabel(n.label), name: n.label, type: n.type, url: localUrl(n.url),
            centre: index === 0 ? 1 : 0, level: layout.level[n.id] === undefined ? 2 : layout.level[n.id] } });
        });
        g.edges.forEach(function (e, index) {
          elements.push({ group: "edges", data: {
            id: "e" + index, source: e.source, target: e.target, relation: e.relation } });
        });
        if (window.aikgGraph) window.aikgGraph.destroy();
        // Labels sit under their node, horizontal, in the node's own box: separate() keeps those boxes apart.
        // Edge labels have a white ground so that crossing lines do not strike them through, and are left out
        // when zoomed out so far that they could not be read anyway.
        var style = [
          { selector: "node", style: {
            "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-halign": "center",
            "text-margin-y": 3, "width": 18, "height": 18, "background-color": COLOURS.Other, "color": "#1f2937",
            "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1,
            "min-zoomed-font-size": 6 } },
          { selector: "node[centre = 1]", style: { "width": 30, "height": 30, "border-width": 3,
            "border-color": "#111827", "font-weight": "bold", "font-size": 12 } },
          { selector: "edge", style: {
            "width": 1.3, "line-color": "#cbd5e1", "target-arrow-color": "#94a3b8", "target-arrow-shape": "triangle",
            "curve-style": "bezier", "label": "data(relation)", "font-size": 8, "color": "#64748b",
            "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.8,
            "text-background-padding": 1, "min-zoomed-font-size": 7 } },
          { selector: ".filtered", style: { "display": "none" } },
          { selector: "node.hover", style: { "label": "data(name)", "z-index": 10 } },
          { selector: "edge.near", style: { "line-color": "#64748b", "width": 2 } }
        ];
        Object.keys(COLOURS).forEach(function (t) {
          style.push({ selector: "node[type = \"" + t + "\"]", style: { "background-color": COLOURS[t] } });
        });
        var cy = window.cytoscape({
          container: box, elements: elements, style: style, layout: { name: "preset" },
          wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 3
        });
        window.aikgGraph = cy;
        cy.on("tap", "node", function (evt) {
          var url = evt.target.data("url");
          if (url && url !== "#" && evt.target.data("centre") !== 1) window.location.href = url;
        });
        cy.on("mouseover", "node", function (evt) {
          evt.target.addClass("hover");
          evt.target.connectedEdges().addClass("near");
        });
        cy.on("mouseout", "node", function (evt) {
          evt.target.removeClass("hover");
          evt.target.connectedEdges().removeClass("near");
        });
        separate(cy, g.nodes[0].id);
        applyFilter(cy, hidden);
        cy.fit(undefined, 16);
        cy.nodes().lock();   // a drawn layout stays as it is; panning and zooming still work
        filterBoxes(cy, g);
        say(cy, g);
        box.setAttribute("data-depth", String(depth));
        box.setAttribute("data-ready", "1");
      }).catch(function (e) { status.textContent = "could not load the graph: " + e.message; });
    }

    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (e) {
        box.removeAttribute("data-ready");
        draw(Number(e.currentTarget.getAttribute("data-depth")));
      });
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
