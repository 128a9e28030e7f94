// The participant's key, held in this browser tab only: parsed from a GridLedger key file,
// imported into WebCrypto (Ed25519) as a non-extractable key, used to sign requests.
const STORE = "gridledger.key";
let signer = null;

export function hexToBytes(hex) {
  if (!/^([0-9a-fA-F]{2})*$/.test(hex)) throw new Error("not hexadecimal");
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

export function bytesToHex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function base64(bytes) {
  return btoa(String.fromCharCode(...bytes));
}

function base64url(bytes) {
  return base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The fields of a key file: type=ed25519, public=HEX, secret=HEX. */
export function parseKeyFile(text) {
  const fields = {};
  for (const line of text.split(/\r?\n/)) {
    const m = line.match(/^\s*([a-z]+)\s*=\s*([0-9a-fA-F]+|\w+)\s*$/);
    if (m) fields[m[1]] = m[2];
  }
  if (fields.type !== "ed25519") throw new Error("not an ed25519 key file (type=ed25519 missing)");
  if (!fields.secret || fields.secret.length !== 64) throw new Error("the key file has no 32-byte secret");
  if (!fields.public || fields.public.length !== 64) throw new Error("the key file has no public key");
  return { publicHex: fields.public.toLowerCase(), secretHex: fields.secret.toLowerCase() };
}

async function importSigner({ publicHex, secretHex }) {
  const jwk = {
    kty: "OKP",
    crv: "Ed25519",
    x: base64url(hexToBytes(publicHex)),
    d: base64url(hexToBytes(secretHex)),
  };
  const key = await crypto.subtle.importKey("jwk", jwk, { name: "Ed25519" }, false, ["sign"]);
  const probe = new TextEncoder().encode("probe");
  const sig = new Uint8Array(await crypto.subtle.sign("Ed25519", key, probe));
  const pub = await crypto.subtle.importKey("raw", hexToBytes(publicHex), { name: "Ed25519" }, false, ["verify"]);
  if (!(await crypto.subtle.verify("Ed25519", pub, sig, probe))) {
    throw new Error("the secret does not match the public key");
  }
  return {
    publicHex,
    async header(method, pathAndQuery, ts) {
      const message = new TextEncoder().encode(`${method}\n${pathAndQuery}\n${ts}`);
      const s = new Uint8Array(await crypto.subtle.sign("Ed25519", key, message));
      return `GridLedger key=${publicHex}, ts=${ts}, sig=${base64(s)}`;
    },
  };
}

/** Signs in with a key file's text; the secret stays in this tab's session storage. */
export async function signIn(keyFileText) {
  if (!window.crypto || !crypto.subtle) {
    throw new Error("this page needs WebCrypto: open it over https or on localhost");
  }
  const parsed = parseKeyFile(keyFileText);
  signer = await importSigner(parsed);
  sessionStorage.setItem(STORE, JSON.stringify(parsed));
  return signer;
}

export async function restore() {
  const saved = sessionStorage.getItem(STORE);
  if (!saved) return null;
  try {
    signer = await importSigner(JSON.parse(saved));
  } catch {
    sessionStorage.removeItem(STORE);
  }
  return signer;
}

export function signOut() {
  signer = null;
  sessionStorage.removeItem(STORE);
}

export function currentSigner() {
  return signer;
}
