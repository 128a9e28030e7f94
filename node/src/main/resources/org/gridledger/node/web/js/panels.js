// Panels for modules that may or may not be on this node (EV charging, demand response): shown
// only when the node's OpenAPI document lists a public list route for them, as a plain table.
import { getJson } from "./api.js";
import { el } from "./format.js";

/** The first GET path without parameters whose path matches `pattern`, if any. */
export async function findRoute(pattern) {
  const doc = await getJson("/api/v1/openapi.json");
  return Object.entries(doc.paths || {})
    .filter(([path, ops]) => ops.get && !path.includes("{") && pattern.test(path))
    .map(([path]) => path)[0];
}

function firstArray(body) {
  if (Array.isArray(body)) return body;
  return Object.values(body).find(Array.isArray) || [];
}

/** Shows `panel` with a table of what `path` lists; keeps it hidden if it cannot be read. */
export async function showList(panel, body, path, signed) {
  let list;
  try {
    list = firstArray(await getJson(path, signed));
  } catch {
    return;
  }
  const columns = list.length ? Object.keys(list[0]).filter((k) => typeof list[0][k] !== "object") : [];
  body.replaceChildren(
    el("p", { class: "muted" }, `${list.length} from ${path}`),
    el("table", {},
      el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", {}, c)))),
      el("tbody", {}, ...list.slice(0, 20).map((item) =>
        el("tr", {}, ...columns.map((c) => el("td", {}, item[c] ?? "")))))));
  panel.hidden = false;
}
