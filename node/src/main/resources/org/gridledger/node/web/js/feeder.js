// The feeder as a one-line diagram in SVG: the trunk runs left to right from the source, each
// lateral drops to a row of its own. Lines are coloured by loading, buses by voltage.
const SVG = "http://www.w3.org/2000/svg";
const DX = 46;
const DY = 44;
const PAD = 26;

function svg(tag, attrs, parent) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.append(node);
  return node;
}

/** Positions: each bus gets a column (its depth) and a row; a lateral gets a new row. */
function layout(topology) {
  const children = new Map(topology.buses.map((b) => [b.id, []]));
  const adjacent = new Map(topology.buses.map((b) => [b.id, []]));
  for (const br of topology.branches) {
    adjacent.get(br.from).push([br.to, br]);
    adjacent.get(br.to).push([br.from, br]);
  }
  const parentBranch = new Map();
  const seen = new Set([topology.source_bus]);
  const queue = [topology.source_bus];
  while (queue.length) {
    const bus = queue.shift();
    for (const [next, br] of adjacent.get(bus)) {
      if (!seen.has(next)) {
        seen.add(next);
        parentBranch.set(next, br);
        children.get(bus).push(next);
        queue.push(next);
      }
    }
  }
  const size = new Map();
  const count = (bus) => {
    const n = 1 + children.get(bus).reduce((s, c) => s + count(c), 0);
    size.set(bus, n);
    return n;
  };
  count(topology.source_bus);
  const pos = new Map();
  let lastRow = 0;
  const place = (bus, col, row) => {
    pos.set(bus, { col, row });
    const kids = [...children.get(bus)].sort((a, b) => size.get(b) - size.get(a));
    kids.forEach((kid, i) => place(kid, col + 1, i === 0 ? row : ++lastRow));
  };
  place(topology.source_bus, 0, 0);
  return { pos, parentBranch, rows: lastRow + 1 };
}

export function loadingClass(pct) {
  if (pct == null) return "unknown";
  if (pct >= 100) return "over";
  if (pct >= 80) return "high";
  if (pct >= 50) return "medium";
  return "low";
}

export function voltageClass(vPu, limits) {
  if (vPu == null) return "unknown";
  if (vPu < limits.v_min_pu || vPu > limits.v_max_pu) return "over";
  const dev = Math.abs(vPu - 1);
  const band = Math.min(1 - limits.v_min_pu, limits.v_max_pu - 1);
  if (dev >= 0.7 * band) return "high";
  if (dev >= 0.3 * band) return "medium";
  return "low";
}

/** Draws the topology into `container`; returns an update(state) function. */
export function drawFeeder(container, topology) {
  const { pos, parentBranch, rows } = layout(topology);
  const cols = Math.max(...[...pos.values()].map((p) => p.col)) + 1;
  const width = PAD * 2 + (cols - 1) * DX;
  const height = PAD * 2 + (rows - 1) * DY;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "feeder" });
  root.append(Object.assign(document.createElementNS(SVG, "title"), {
    textContent: `Network ${topology.network}, one-line diagram`,
  }));
  const xy = (bus) => [PAD + pos.get(bus).col * DX, PAD + pos.get(bus).row * DY];
  const branchShapes = new Map();
  for (const [bus, br] of parentBranch) {
    const parent = br.from === bus ? br.to : br.from;
    const [x1, y1] = xy(parent);
    const [x2, y2] = xy(bus);
    const path = svg("path", {
      d: `M${x1},${y1} L${x1},${y2} L${x2},${y2}`,
      class: `branch ${br.kind} unknown`,
      "data-branch": br.id,
    }, root);
    const title = svg("title", {}, path);
    title.textContent = `${br.kind} ${br.id}`;
    branchShapes.set(br.id, { path, title, br });
    if (br.kind === "transformer") {
      svg("circle", { cx: (x1 + x2) / 2 - 4, cy: y2, r: 6, class: "xfmr" }, root);
      svg("circle", { cx: (x1 + x2) / 2 + 4, cy: y2, r: 6, class: "xfmr" }, root);
    }
  }
  const busShapes = new Map();
  for (const b of topology.buses) {
    const [x, y] = xy(b.id);
    const isSource = b.id === topology.source_bus;
    const shape = isSource
      ? svg("rect", { x: x - 8, y: y - 8, width: 16, height: 16, class: "bus source unknown" }, root)
      : svg("circle", { cx: x, cy: y, r: 6, class: "bus unknown" }, root);
    shape.setAttribute("data-bus", b.id);
    const title = svg("title", {}, shape);
    title.textContent = `bus ${b.id}`;
    const label = svg("text", { x, y: y - 10, class: "bus-label" }, root);
    label.textContent = b.id;
    busShapes.set(b.id, { shape, title, isSource });
  }
  container.replaceChildren(root);

  return function update(state) {
    const volts = new Map((state.buses || []).map((v) => [v.id, v]));
    for (const [id, { shape, title, isSource }] of busShapes) {
      const v = volts.get(id);
      shape.setAttribute("class", `bus ${isSource ? "source " : ""}${voltageClass(v?.v_pu, topology.limits)}`);
      shape.setAttribute("data-v", v ? v.v_pu : "");
      title.textContent = v ? `bus ${id}: ${(v.v_pu).toFixed(4)} p.u.` : `bus ${id}`;
    }
    const flows = new Map((state.branches || []).map((f) => [f.id, f]));
    for (const [id, { path, title, br }] of branchShapes) {
      const f = flows.get(id);
      path.setAttribute("class", `branch ${br.kind} ${loadingClass(f?.loading_pct)}`);
      path.setAttribute("data-loading", f ? f.loading_pct : "");
      title.textContent = f
        ? `${br.kind} ${id}: ${f.loading_pct.toFixed(1)} % of rating, ${(f.p_from_w / 1000).toFixed(1)} kW`
        : `${br.kind} ${id}`;
    }
  };
}
