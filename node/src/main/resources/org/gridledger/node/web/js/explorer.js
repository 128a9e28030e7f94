// The explorer: blocks with their verification, a block's transactions, and a reading's proof.
import { getJson, initClock } from "./api.js";
import { currentSigner } from "./keys.js";
import { checkProof } from "./proof.js";
import { time, short, rows, el } from "./format.js";
import { signInBox } from "./signin.js";

const $ = (id) => document.getElementById(id);
const PAGE = 15;
let before = null;

async function showBlocks() {
  const list = await getJson(`/api/v1/blocks?limit=${PAGE}${before ? `&before=${before}` : ""}`);
  $("head-height").textContent = list.head;
  rows($("block-rows"), list.blocks, (b) => [
    el("a", { href: `#block=${b.height}` }, b.height), time(b.time), b.tx_count, el("code", {}, short(b.hash)),
    b.verification.valid ? el("span", { class: "ok" }, "✔") : el("span", { class: "bad" }, "✘"),
  ]);
  $("older").disabled = !list.blocks.length || list.blocks[list.blocks.length - 1].height === 0;
  $("older").onclick = () => { before = list.blocks[list.blocks.length - 1].height; showBlocks(); };
  $("newer").onclick = () => { before = null; showBlocks(); };
}

async function showBlock(height) {
  const b = await getJson(`/api/v1/blocks/${height}`);
  $("block-height").textContent = b.height;
  const fields = ["hash", "previous", "time", "tx_root", "anchor_root", "state_root", "proposer"];
  $("block-detail").replaceChildren(
    el("table", {}, el("tbody", {}, ...fields.map((f) => el("tr", {}, el("th", {}, f), el("td", {}, el("code", {}, b[f])))))),
    el("p", {}, `${b.transactions.length} transaction(s):`),
    el("ul", { id: "tx-list" }, ...b.transactions.map((h) => el("li", {}, el("a", { href: `#tx=${h}` }, el("code", {}, h))))));
}

async function showTx(hash) {
  const signed = !!currentSigner();
  let tx;
  try {
    tx = await getJson(`/api/v1/transactions/${hash}`, signed);
  } catch (e) {
    tx = await getJson(`/api/v1/transactions/${hash}`, false).catch(() => ({ error: e.message }));
  }
  $("tx-detail").replaceChildren(el("pre", {}, JSON.stringify(tx, null, 2)));
}

async function proof() {
  const meter = $("proof-meter").value.trim();
  const sequence = $("proof-sequence").value.trim();
  $("proof-steps").replaceChildren();
  const result = $("proof-result");
  result.className = "";
  result.textContent = "checking…";
  try {
    const id = encodeURIComponent(meter);
    const p = await getJson(`/api/v1/meters/${id}/readings/${sequence}/proof`, true);
    const header = await getJson(`/api/v1/blocks/${p.height}`);
    const meterInfo = await getJson(`/api/v1/meters/${id}`, true);
    const checked = await checkProof(p, header, meterInfo.key);
    $("proof-steps").replaceChildren(...checked.steps.map((s) =>
      el("li", { class: s.ok ? "" : "bad" }, `${s.ok ? "✔" : "✘"} ${s.what}`)));
    result.className = checked.ok ? "ok" : "bad";
    result.textContent = checked.ok
      ? `Proof holds: reading ${sequence} of meter ${meter} is anchored in block ${p.height}.`
      : `Proof fails: see the steps below.`;
  } catch (e) {
    result.className = "bad";
    result.textContent = `No proof: ${e.message}`;
  }
}

async function route() {
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.has("block")) await showBlock(hash.get("block"));
  if (hash.has("tx")) await showTx(hash.get("tx"));
}

async function main() {
  await initClock();
  $("proof-check").addEventListener("click", proof);
  window.addEventListener("hashchange", route);
  await signInBox($("signin"), () => {});
  await showBlocks();
  await route();
}

main().catch((e) => document.body.prepend(el("p", { class: "bad" }, `The explorer failed to start: ${e.message}`)));
