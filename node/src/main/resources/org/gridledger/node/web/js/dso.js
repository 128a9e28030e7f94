// The DSO's view: the feeder's flow, the market, the latest blocks, alerts; refreshed live.
import { getJson, initClock, liveEvents, syncClock, nodeNow, throttle } from "./api.js";
import { drawFeeder } from "./feeder.js";
import { kw, kwh, pricePerKwh, time, short, rows, el } from "./format.js";
import { signInBox } from "./signin.js";
import { findRoute, showList } from "./panels.js";

const $ = (id) => document.getElementById(id);
let updateFeeder = () => {};
let gridChart;
let marketChart;
let overseer = false;

function chart(canvas, config) {
  return new Chart(canvas, { ...config, options: { animation: false, responsive: true, ...config.options } });
}

async function refreshGrid() {
  const state = await getJson("/api/v1/grid/state");
  updateFeeder(state);
  $("grid-interval").textContent = `interval ${time(state.interval_start)}, ${state.interval_minutes} min`;
  $("grid-source").textContent = state.injections === "metered" ? "metered" : "model base case";
  if (!state.converged) {
    $("grid-head").textContent = `no convergence (${state.status})`;
    return;
  }
  $("grid-head").textContent = kw(state.head_w);
  $("grid-losses").textContent = kw(state.losses_w);
  $("grid-max-loading").textContent = `${state.max_loading_pct.toFixed(1)} %`;
  $("grid-min-v").textContent = `${state.min_v_pu.toFixed(4)} p.u. (bus ${state.min_v_bus})`;

  const history = await getJson("/api/v1/grid/history?intervals=24");
  const labels = history.intervals.map((i) => i.interval_start.slice(11, 16));
  const datasets = [
    { label: "head power (kW)", data: history.intervals.map((i) => (i.head_w ?? 0) / 1000), yAxisID: "kw" },
    { label: "max line loading (%)", data: history.intervals.map((i) => i.max_loading_pct ?? 0), yAxisID: "pct" },
  ];
  const transformers = new Set(history.intervals.flatMap((i) => (i.transformers || []).map((t) => t.id)));
  for (const id of transformers) {
    datasets.push({
      label: `transformer ${id} (%)`, yAxisID: "pct",
      data: history.intervals.map((i) => (i.transformers.find((t) => t.id === id) || {}).loading_pct ?? null),
    });
  }
  gridChart.data = { labels, datasets };
  gridChart.update();
}

async function refreshMarket() {
  const market = await getJson("/api/v1/market/intervals?count=24");
  const active = market.intervals.filter((i) => i.orders > 0 || i.stage !== "open");
  rows($("market-rows"), active, (i) => [
    time(i.interval_start), i.stage, i.orders, pricePerKwh(i.clearing_price_per_kwh),
    kwh(i.cleared_wh), kwh(i.curtailed_wh), i.curtailment_reasons.join("; ") || "–",
  ]);
  if (!active.length) {
    $("market-rows").replaceChildren(el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No orders in the last intervals.")));
  }
  const ordered = [...market.intervals].reverse();
  marketChart.data = {
    labels: ordered.map((i) => i.interval_start.slice(11, 16)),
    datasets: [
      { type: "bar", label: "cleared (kWh)", data: ordered.map((i) => i.cleared_wh / 1000), yAxisID: "kwh" },
      { type: "bar", label: "curtailed (kWh)", data: ordered.map((i) => i.curtailed_wh / 1000), yAxisID: "kwh" },
      { type: "line", label: "clearing price (/kWh)", yAxisID: "price",
        data: ordered.map((i) => (i.clearing_price_per_kwh == null ? null : i.clearing_price_per_kwh / 1e6)) },
    ],
  };
  marketChart.update();
}

function blockRow(b) {
  const v = b.verification;
  const ok = v.valid ? el("span", { class: "ok" }, "✔ signed, root, link")
    : el("span", { class: "bad" }, `✘ ${["signature", "tx_root", "linked"].filter((k) => !v[k]).join(", ")}`);
  return [el("a", { href: `/explorer#block=${b.height}` }, b.height), time(b.time), b.tx_count, el("code", {}, short(b.hash)), ok];
}

async function refreshBlocks() {
  const list = await getJson("/api/v1/blocks?limit=8");
  rows($("block-rows"), list.blocks, blockRow);
  $("head-height").textContent = list.head;
}

async function refreshAlerts() {
  if (!overseer) return;
  const len = 15 * 60_000;
  const to = Math.floor(nodeNow().getTime() / len) * len;
  const from = to - 24 * len;
  const q = `from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&minutes=15`;
  const body = await getJson(`/api/v1/metering/alerts?${q}`, true);
  const box = $("alerts");
  if (!body.alerts.length) {
    box.replaceChildren(el("p", { id: "no-alerts", class: "ok" }, "No alerts in the last six hours: every feeder balances."));
    return;
  }
  box.replaceChildren(el("table", {},
    el("thead", {}, el("tr", {}, ...["Feeder", "Interval", "Status", "Unaccounted", "Anomalies"].map((h) => el("th", {}, h)))),
    el("tbody", { id: "alert-rows" }, ...body.alerts.map((a) => el("tr", {},
      el("td", {}, a.feeder), el("td", {}, time(a.start)), el("td", { class: "bad" }, a.status),
      el("td", {}, kwh(a.unaccounted_wh)),
      el("td", {}, a.anomalies.map((x) => `${x.meter_id}: ${x.kind}`).join(", ") || "–"))))));
}

const refresh = throttle(() => {
  Promise.allSettled([refreshGrid(), refreshMarket(), refreshBlocks(), refreshAlerts()]).then((results) => {
    results.filter((r) => r.status === "rejected").forEach((r) => console.warn(r.reason));
  });
}, 1000);

async function optionalPanels() {
  const ev = await findRoute(/\/(ev|charging|mobility)\b.*sessions/);
  if (ev) showList($("ev-panel"), $("ev-body"), ev, false);
  const dr = await findRoute(/\/(dr|flex|demand-response)\b.*events/);
  if (dr) showList($("dr-panel"), $("dr-body"), dr, false);
}

async function main() {
  const now = await initClock();
  $("node-time").textContent = time(now.now);
  const topology = await getJson("/api/v1/grid/topology");
  $("network-name").textContent = topology.network;
  updateFeeder = drawFeeder($("feeder"), topology);
  gridChart = chart($("grid-chart"), { type: "line", data: { labels: [], datasets: [] },
    options: { scales: { kw: { position: "left" }, pct: { position: "right", min: 0 } } } });
  marketChart = chart($("market-chart"), { type: "bar", data: { labels: [], datasets: [] },
    options: { scales: { kwh: { position: "left" }, price: { position: "right" } } } });
  await signInBox($("signin"), (p) => {
    overseer = !!p && p.roles.some((r) => r === "dso" || r === "auditor");
    if (!overseer) $("alerts").replaceChildren(el("p", { class: "muted" }, p ? "Only the DSO or an auditor sees alerts." : "Sign in with the DSO's or an auditor's key to see alerts."));
    refresh();
  });
  liveEvents({
    hello: (t) => { syncClock(t.now); refresh(); },
    tick: (t) => {
      syncClock(t.now);
      $("node-time").textContent = time(t.now);
      $("head-height").textContent = t.height;
      refresh();
    },
    block: (b) => { $("head-height").textContent = b.height; refresh(); },
  }, (s) => { $("live-status").textContent = s; $("live-status").className = s === "live" ? "live on" : "live"; });
  optionalPanels().catch((e) => console.warn(e));
}

main().catch((e) => { document.body.prepend(el("p", { class: "bad" }, `The dashboard failed to start: ${e.message}`)); });
