"use strict";
// Builds the view from the JSON block. Document-derived text only ever reaches the page through
// textContent, DOM properties or vis-network's plain-text tooltips, never as HTML.
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function item(...children) {
    const li = el("li");
    li.append(...children);
    return li;
  }

  // Entities without any drawn relation start hidden when there is a network to read; a box shows them.
  const connected = new Set(data.edges.flatMap((e) => [e.from, e.to]));
  const loners = data.nodes.filter((n) => !connected.has(n.id)).map((n) => n.id);
  const hideLoners = connected.size > 0;
  const nodes = new vis.DataSet(data.nodes.map((n) => ({
    id: n.id, label: n.label, value: n.value, shape: n.shape, color: n.color, hidden: hideLoners && !connected.has(n.id),
    title: `${n.name} (${n.type}), ${n.mentions} mention${n.mentions === 1 ? "" : "s"}`,
  })));
  const edges = new vis.DataSet(data.edges.map((e) => ({
    id: e.id, from: e.from, to: e.to, label: e.label, color: e.color, width: e.width, smooth: e.smooth,
    title: `${e.label}: ${e.evidence.length} sentence${e.evidence.length === 1 ? "" : "s"}, click for evidence`,
  })));
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes, edges }, data.options);
  const view = { network, nodes, edges, settled: null, shown: null };
  window.graphloadView = view;

  function settle() {
    if (view.settled !== null) return;
    view.settled = performance.now();
    network.fit();  // physics keeps moving things after the first fit; frame the final layout
  }
  network.once("stabilizationIterationsDone", () => {
    if (data.freeze) {
      network.setOptions({ physics: false });
      settle();
    }
  });
  network.once("stabilized", settle);
  if (data.nodes.length === 0) settle();

  // Summary and what the cuts left out.
  document.getElementById("summary").textContent =
    `${data.nodes.length} entities, ${data.edges.length} relations` +
    (data.notes.length ? ` (${data.notes.join("; ")})` : "");
  if (data.leftOut.length) {
    const note = document.getElementById("cut-note");
    note.textContent = `Not drawn: ${data.leftOut.join(", ")}` +
      (data.leftOutMore ? ` and ${data.leftOutMore} more` : "") + ".";
    note.hidden = false;
  }

  function documentCitation(docId) {
    const doc = data.documents[docId] || { title: docId, path: "" };
    return el("cite", doc.path ? `${doc.title} (${doc.path})` : doc.title);
  }

  function definitionList(pairs) {
    const dl = el("dl");
    for (const [term, value] of pairs) {
      if (value === undefined || value === null || value === "") continue;
      dl.append(el("dt", term), el("dd", String(value)));
    }
    return dl;
  }

  function entityButton(id) {
    const button = el("button", nodeById.get(id).name);
    button.addEventListener("click", () => selectNode(id));
    return button;
  }

  function showNode(id) {
    const n = nodeById.get(id);
    const panel = document.getElementById("details");
    panel.replaceChildren(el("h3", n.name), definitionList([
      ["Type", n.type], ["Also written", n.aliases.join(", ")], ["Mentions", n.mentions],
    ]));
    const related = data.edges.filter((e) => e.from === id || e.to === id);
    if (related.length) {
      panel.append(el("h2", "Relations"));
      const list = el("ul", undefined, "plain");
      for (const e of related) {
        const button = el("button", `${nodeById.get(e.from).name} ${e.label} ${nodeById.get(e.to).name}`);
        button.addEventListener("click", () => selectEdge(e.id));
        list.append(item(button));
      }
      panel.append(list);
    }
    panel.append(el("h2", "Documents"));
    const docs = el("ul", undefined, "plain");
    for (const docId of n.docs) docs.append(item(documentCitation(docId)));
    panel.append(docs);
    view.shown = { node: id };
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    const panel = document.getElementById("details");
    const heading = el("h3");
    heading.append(entityButton(e.from), ` ${e.type} `, entityButton(e.to));
    panel.replaceChildren(heading, definitionList([
      ["Amount", e.amount === null ? "" : `${e.amountText} ${e.currency}`.trim()],
      ["Confidence", e.confidence], ["Documents", e.docs.length],
    ]));
    panel.append(el("h2", "Evidence"));
    for (const ev of e.evidence) panel.append(el("blockquote", ev.text), documentCitation(ev.doc));
    view.shown = { edge: id };
  }

  function selectNode(id) {
    nodes.update({ id, hidden: false });
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    showNode(id);
  }

  function selectEdge(id) {
    network.selectEdges([id]);
    showEdge(id);
  }

  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // Search: exact name or alias first, then the first name containing the text.
  const names = document.getElementById("entity-names");
  for (const n of data.nodes) names.append(new Option(n.name));
  const search = document.getElementById("search");
  const status = document.getElementById("search-status");
  function find() {
    const wanted = search.value.trim().toLowerCase();
    if (!wanted) return;
    const match = data.nodes.find((n) => [n.name, ...n.aliases].some((s) => s.toLowerCase() === wanted)) ||
      data.nodes.find((n) => n.name.toLowerCase().includes(wanted));
    status.textContent = match ? "" : `No entity named “${search.value.trim()}” in this view.`;
    if (match) selectNode(match.id);
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", (event) => { if (event.key === "Enter") find(); });

  // Relation filter (doubles as the edge legend) and entity legend.
  function checkbox(value, checked, onChange, ...labelParts) {
    const box = el("input");
    box.type = "checkbox";
    box.value = value;
    box.checked = checked;
    box.addEventListener("change", () => onChange(box.checked));
    const label = el("label");
    label.append(box, ...labelParts);
    return item(label);
  }
  const relationFilter = document.getElementById("relation-filter");
  for (const [type, style] of Object.entries(data.relationStyles)) {
    const ids = data.edges.filter((e) => e.type === type).map((e) => e.id);
    const swatch = el("span", undefined, "swatch");
    swatch.style.background = style.color;
    relationFilter.append(checkbox(type, true, (shown) => edges.update(ids.map((id) => ({ id, hidden: !shown }))),
      swatch, type, " ", el("span", `(${ids.length})`, "count")));
  }
  const legend = document.getElementById("entity-legend");
  for (const [type, style] of Object.entries(data.entityStyles)) {
    const count = data.nodes.filter((n) => n.type === type).length;
    const symbol = el("span", style.symbol, "symbol");
    symbol.style.color = style.color;
    legend.append(item(symbol, ` ${type} `, el("span", `(${count})`, "count")));
  }
  if (loners.length) {
    legend.append(checkbox("loners", !hideLoners, (shown) => nodes.update(loners.map((id) => ({ id, hidden: !shown }))),
      ` Show ${loners.length} entit${loners.length === 1 ? "y" : "ies"} without relations`));
  }
})();
