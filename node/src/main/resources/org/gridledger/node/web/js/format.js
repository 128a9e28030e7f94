// Units as the API gives them: Wh, W, micro-units of money, micro-units per kWh, ISO times.
export const kwh = (wh) => (wh / 1000).toLocaleString("en", { maximumFractionDigits: 3 }) + " kWh";
export const kw = (w) => (w / 1000).toLocaleString("en", { maximumFractionDigits: 1 }) + " kW";
export const money = (micros) =>
  (micros / 1e6).toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const pricePerKwh = (micros) => (micros == null ? "–" : (micros / 1e6).toFixed(4) + " /kWh");
export const time = (iso) => iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, "Z");
export const short = (hex) => hex.slice(0, 10) + "…";

/** Creates an element with attributes and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** Replaces a table body's rows. */
export function rows(tbody, list, toCells) {
  tbody.replaceChildren(
    ...list.map((item) => el("tr", {}, ...toCells(item).map((c) => el("td", {}, c))))
  );
}
