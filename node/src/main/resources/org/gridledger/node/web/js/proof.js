// Checking a meter reading's Merkle proof in the page: the reading's canonical bytes, its leaf
// SHA-256(0x00 || bytes), the path up to the root, against the anchor root of the block header.
import { hexToBytes, bytesToHex } from "./keys.js";

async function sha256(...parts) {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const all = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await crypto.subtle.digest("SHA-256", all));
}

function i64(value) {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigInt64(0, BigInt(value));
  return out;
}

/** The bytes a meter signs: u8 version | u16 id length | id | i64 sequence, time ms, import, export. */
export function signedBytes(reading) {
  const id = new TextEncoder().encode(reading.meter_id);
  const head = new Uint8Array([reading.version, id.length >> 8, id.length & 0xff]);
  return concat(head, id, i64(reading.sequence), i64(Date.parse(reading.time)),
    i64(reading.import_wh), i64(reading.export_wh));
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function fromBase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * Checks `proof` (from /api/v1/meters/{id}/readings/{seq}/proof) against `header` (the block from
 * /api/v1/blocks/{height}) and, given the meter's public key, the meter's signature.
 * Returns each step with its outcome.
 */
export async function checkProof(proof, header, meterKeyHex) {
  const steps = [];
  const signed = signedBytes(proof.reading);
  const signature = fromBase64(proof.reading.signature);
  const leaf = bytesToHex(await sha256(new Uint8Array([0]), concat(signed, signature)));
  steps.push({ what: `leaf SHA-256(0x00 || reading) = ${leaf}`, ok: leaf === proof.leaf });
  let node = hexToBytes(leaf);
  for (const step of proof.path) {
    const sibling = hexToBytes(step.sibling);
    node = step.side === "left"
      ? await sha256(new Uint8Array([1]), sibling, node)
      : await sha256(new Uint8Array([1]), node, sibling);
    steps.push({ what: `with sibling on the ${step.side} → ${bytesToHex(node)}`, ok: true });
  }
  const root = bytesToHex(node);
  steps.push({ what: `root ${root} = anchor root of block ${header.height}`, ok: root === header.anchor_root });
  steps.push({ what: `block ${header.height} hash ${header.hash}`, ok: header.hash === proof.block_hash });
  if (meterKeyHex) {
    const key = await crypto.subtle.importKey("raw", hexToBytes(meterKeyHex), { name: "Ed25519" }, false, ["verify"]);
    const ok = await crypto.subtle.verify("Ed25519", key, signature, signed);
    steps.push({ what: `meter signature by ${meterKeyHex.slice(0, 16)}…`, ok });
  }
  return { ok: steps.every((s) => s.ok), steps };
}
