// Rebound's copy and download controls (guide/ui/take_away.py): one module for both, chosen by the
// widget's "control" trait. Every word shown comes from the model (the catalogue, through Python).

// Shared by both controls: the button, its live region and how a message is announced. A message is
// cleared first and written on the next frame, so pressing the button twice announces it twice.
function makeControl(model, el) {
  el.classList.add("rebound-take");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "rebound-take-button";
  const status = document.createElement("span");
  status.className = "rebound-take-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  el.append(button, status);
  const showLabel = () => { button.textContent = model.get("label"); };
  showLabel();
  model.on("change:label", showLabel);
  const say = (sentence, failed) => {
    status.textContent = "";
    status.classList.toggle("rebound-take-failed", Boolean(failed));
    requestAnimationFrame(() => { status.textContent = sentence; });
  };
  const clear = () => { status.textContent = ""; status.classList.remove("rebound-take-failed"); };
  return { button, say, clear, dispose: () => model.off("change:label", showLabel) };
}

function copyWithSelection(value) {
  // The fallback for pages that are not a secure context: select a hidden text area and copy.
  const area = document.createElement("textarea");
  area.value = value;
  area.setAttribute("readonly", "");
  area.setAttribute("aria-hidden", "true");
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-10000px";
  const focused = document.activeElement;
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
  area.remove();
  if (focused && typeof focused.focus === "function") focused.focus();  // keyboard users stay put
  return copied;
}

async function copy(value) {
  if (navigator.clipboard && window.isSecureContext) {
    try { await navigator.clipboard.writeText(value); return true; } catch (error) { /* try the fallback */ }
  }
  return copyWithSelection(value);
}

// Once the page has lost its kernel (static/lifeline.js tells each control), the text no longer follows
// the form: the button says it may be out of date, and so does the confirmation.
function onLifeline(el, listener) {
  const handle = (event) => listener(event.detail || {});
  el.addEventListener("rebound-lifeline", handle);
  return () => el.removeEventListener("rebound-lifeline", handle);
}

function renderCopy(model, el) {
  const control = makeControl(model, el);
  let stale = null;  // the lifeline's words while the kernel is gone
  const showLabel = () => {
    control.button.textContent = stale ? `${model.get("label")} ${stale.copy_stale}` : model.get("label");
  };
  control.button.addEventListener("click", async () => {
    const copied = await copy(model.get("value"));
    const done = stale ? stale.copied_stale : model.get("done");
    control.say(copied ? done : model.get("failed"), !copied);
  });
  // "Copied" would be untrue once the text has changed under it.
  model.on("change:value", control.clear);
  const stopListening = onLifeline(el, ({ lost, words }) => {
    stale = lost ? words : null;
    control.clear();
    showLabel();
  });
  return () => { stopListening(); model.off("change:value", control.clear); control.dispose(); };
}

let requests = 0;

function save(filename, mime, data) {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);  // the browser has its copy by then
}

function renderDownload(model, el) {
  const control = makeControl(model, el);
  let pending = null;
  let timer = null;
  const settle = () => {
    pending = null;
    clearTimeout(timer);
    control.button.removeAttribute("aria-busy");
  };
  // Without its kernel the page makes what it can by itself (the answers) and says why not otherwise.
  const askLifeline = () => {
    const detail = { kind: model.get("offline"), handled: false, reply: control.say };
    el.dispatchEvent(new CustomEvent("rebound-lifeline-make", { detail, bubbles: true }));
    return detail.handled;
  };
  let lost = false;
  const stopListening = onLifeline(el, (detail) => {
    lost = Boolean(detail.lost);
    if (lost && pending !== null) {  // asked just before the kernel went: answer it now, not after a minute
      settle();
      if (!askLifeline()) control.say(model.get("failed"), true);
    }
  });
  control.button.addEventListener("click", () => {
    if (pending !== null) return;  // one file at a time; the button stays focusable meanwhile
    if (lost && askLifeline()) return;
    // Each view asks under its own id, so a widget shown twice saves the file once, where it was asked.
    requests += 1;
    pending = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${requests}`;
    control.button.setAttribute("aria-busy", "true");
    control.say(model.get("busy"), false);
    timer = setTimeout(() => { settle(); control.say(model.get("failed"), true); }, model.get("timeout") * 1000);
    model.send({ kind: "request", id: pending });
  });
  const onMessage = (message, buffers) => {
    if (!message || pending === null || message.id !== pending) return;
    settle();
    if (message.kind === "file" && buffers && buffers.length === 1) {
      save(message.filename, message.mime, buffers[0]);
      control.say(message.message, false);
    } else {
      control.say(message.message || model.get("failed"), true);
    }
  };
  model.on("msg:custom", onMessage);
  return () => { settle(); stopListening(); model.off("msg:custom", onMessage); control.dispose(); };
}

const RENDERERS = { copy: renderCopy, download: renderDownload };

function render({ model, el }) {
  return RENDERERS[model.get("control")](model, el);
}

export default { render };
