// A participant's own view: account, meters and their readings, the month's bill.
import { getJson, initClock, nodeNow } from "./api.js";
import { currentSigner } from "./keys.js";
import { kwh, money, time, rows, el } from "./format.js";
import { signInBox } from "./signin.js";
import { showList } from "./panels.js";

const $ = (id) => document.getElementById(id);
const PANELS = ["account-panel", "meters-panel", "bill-panel"];
let meterChart;

function me() {
  return currentSigner().publicHex;
}

async function showAccount() {
  const account = await getJson(`/api/v1/accounts/${me()}`, true);
  $("balance").textContent = money(account.balance_micros);
  $("nonce").textContent = account.nonce;
}

async function showMeters() {
  const body = await getJson(`/api/v1/participants/${me()}/meters`, true);
  rows($("meter-rows"), body.meters, (m) => {
    const r = m.last_anchored;
    return [m.meter_id, m.bus, r ? `#${r.sequence} ${time(r.time)}` : "none yet",
      r ? kwh(r.import_wh) : "–", r ? kwh(r.export_wh) : "–"];
  });
  const first = body.meters.find((m) => m.last_anchored);
  if (!first) return;
  const from = new Date(nodeNow().getTime() - 48 * 3600_000).toISOString();
  const readings = (await getJson(`/api/v1/meters/${encodeURIComponent(first.meter_id)}/readings?from=${from}&limit=500`, true)).readings;
  meterChart?.destroy();
  meterChart = new Chart($("meter-chart"), {
    type: "line",
    options: { animation: false, plugins: { title: { display: true, text: `meter ${first.meter_id}: registers (kWh)` } } },
    data: {
      labels: readings.map((r) => r.time.slice(5, 16).replace("T", " ")),
      datasets: [
        { label: "import", data: readings.map((r) => r.import_wh / 1000) },
        { label: "export", data: readings.map((r) => r.export_wh / 1000) },
      ],
    },
  });
}

function billPath() {
  return `/api/v1/participants/${me()}/bills/${$("bill-month").value}`;
}

async function showBill() {
  $("bill-message").textContent = "";
  let bill;
  try {
    bill = await getJson(billPath(), true);
  } catch (e) {
    $("bill-message").textContent = `The bill could not be read: ${e.message}`;
    return;
  }
  const t = bill.totals;
  $("bill-net").textContent = money(t.net_micros);
  $("bill-bought").textContent = `${kwh(t.bought_wh)} for ${money(t.paid_micros)}`;
  $("bill-sold").textContent = `${kwh(t.sold_wh)} for ${money(t.earned_micros)}`;
  $("bill-fees").textContent = money(t.network_fees_micros);
  $("bill-grid").textContent = `${kwh(t.grid_import_wh)} / ${kwh(t.grid_export_wh)}`;
  rows($("bill-rows"), bill.lines, (l) => [
    time(l.interval_start) + (l.estimated ? " (estimated)" : ""), l.meter_id, kwh(l.bought_wh), money(l.paid_micros),
    kwh(l.sold_wh), money(l.earned_micros), money(l.network_fees_micros),
    `${kwh(l.grid_import_wh)} · ${money(l.grid_import_micros)}`,
    `${kwh(l.grid_export_wh)} · ${money(l.grid_export_micros)}`, money(l.net_micros),
  ]);
  if (!bill.lines.length) {
    $("bill-rows").replaceChildren(el("tr", {}, el("td", { colspan: 10, class: "muted" }, "Nothing settled this month yet.")));
  }
}

async function printable() {
  const path = `${billPath()}?format=html`;
  const header = await currentSigner().header("GET", path, nodeNow().toISOString());
  const html = await (await fetch(path, { headers: { Authorization: header } })).text();
  window.open(URL.createObjectURL(new Blob([html], { type: "text/html" })), "_blank");
}

async function optionalPanels() {
  const doc = await getJson("/api/v1/openapi.json");
  for (const [name, pattern] of [["bookings", /\/participants\/\{[^}]+\}\/bookings$/], ["commitments", /\/participants\/\{[^}]+\}\/(commitments|dr)$/]]) {
    const path = Object.keys(doc.paths || {}).find((p) => pattern.test(p));
    if (path) showList($(`${name}-panel`), $(`${name}-body`), path.replace(/\{[^}]+\}/, me()), true);
  }
}

async function signedIn(participant) {
  for (const id of PANELS) $(id).hidden = !participant;
  if (!participant) return;
  await Promise.allSettled([showAccount(), showMeters(), showBill(), optionalPanels()]);
  document.body.dataset.loaded = "true";
}

async function main() {
  const now = await initClock();
  $("node-time").textContent = time(now.now);
  $("bill-month").value = now.now.slice(0, 7);
  $("bill-month").addEventListener("change", showBill);
  $("bill-print").addEventListener("click", printable);
  await signInBox($("signin"), signedIn);
}

main().catch((e) => document.body.prepend(el("p", { class: "bad" }, `The page failed to start: ${e.message}`)));
