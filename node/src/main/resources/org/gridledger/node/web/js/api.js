// Talking to the node: JSON reads, signed private reads, the node's clock and its live events.
import { currentSigner } from "./keys.js";

let clockOffsetMs = 0;

/** Follows the node's clock, so that signed requests fall inside its five-minute window. */
export function syncClock(nodeNowIso) {
  clockOffsetMs = Date.parse(nodeNowIso) - Date.now();
}

export function nodeNow() {
  return new Date(Date.now() + clockOffsetMs);
}

export class ApiError extends Error {
  constructor(status, body) {
    super(`${status} ${body.error || ""}: ${body.message || ""}`);
    this.status = status;
    this.code = body.error;
  }
}

/** GET a JSON resource; signed with the signed-in key when `signed` is true. */
export async function getJson(path, signed = false) {
  const headers = {};
  if (signed) {
    const signer = currentSigner();
    if (!signer) throw new ApiError(401, { error: "unauthenticated", message: "sign in first" });
    headers.Authorization = await signer.header("GET", path, nodeNow().toISOString());
  }
  const response = await fetch(path, { headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function initClock() {
  const time = await getJson("/api/v1/time");
  syncClock(time.now);
  return time;
}

/** Subscribes to /api/v1/events; handlers by event name receive parsed JSON. */
export function liveEvents(handlers, onState) {
  const source = new EventSource("/api/v1/events");
  for (const [name, handler] of Object.entries(handlers)) {
    source.addEventListener(name, (e) => handler(JSON.parse(e.data)));
  }
  source.onopen = () => onState && onState("live");
  source.onerror = () => onState && onState("reconnecting");
  return source;
}

/** Runs `task` at most once per `ms`, the last call winning. */
export function throttle(task, ms) {
  let timer = null;
  let pending = false;
  return () => {
    if (timer) {
      pending = true;
      return;
    }
    task();
    timer = setTimeout(() => {
      timer = null;
      if (pending) {
        pending = false;
        task();
      }
    }, ms);
  };
}
