// The sign-in box every page shares: paste a key file or load it; the key stays in this tab.
import { signIn, signOut, restore, currentSigner } from "./keys.js";
import { getJson } from "./api.js";
import { el, short } from "./format.js";

/** Renders into `box`; calls onChange(participant or null) after sign-in and sign-out. */
export async function signInBox(box, onChange) {
  const text = el("textarea", { id: "key-text", rows: 4, placeholder: "Paste your key file (type=ed25519, public=…, secret=…)" });
  const file = el("input", { id: "key-file", type: "file" });
  const message = el("p", { id: "signin-message", class: "message" });
  const form = el("div", { class: "signin-form" }, text, file,
    el("button", { id: "signin-button", onclick: () => submit(text.value) }, "Sign in"), message);
  const who = el("div", { class: "signin-who" });

  file.addEventListener("change", async () => {
    if (file.files.length) submit(await file.files[0].text());
  });

  async function submit(keyText) {
    message.textContent = "";
    try {
      await signIn(keyText);
      text.value = "";
      await show();
    } catch (e) {
      message.textContent = `Sign-in failed: ${e.message}`;
    }
  }

  async function show() {
    const signer = currentSigner();
    if (!signer) {
      box.replaceChildren(form);
      onChange(null);
      return;
    }
    let participant;
    try {
      participant = await getJson(`/api/v1/participants/${signer.publicHex}`, true);
    } catch (e) {
      signOut();
      box.replaceChildren(form);
      message.textContent = `Sign-in failed: ${e.message}`;
      onChange(null);
      return;
    }
    who.replaceChildren(
      el("span", { id: "signed-in-as" }, `${participant.name} (${participant.roles.join(", ")}) `),
      el("code", {}, short(signer.publicHex)), " ",
      el("button", { id: "signout-button", onclick: () => { signOut(); show(); } }, "Sign out"));
    box.replaceChildren(who);
    onChange(participant);
  }

  await restore();
  await show();
}
