// The page's lifeline (guide/ui/lifeline.py): what the page does on its own once its kernel is gone.
//
// - Watches the kernel: its status ("dead", "restarting": a restarted kernel has none of this page's
//   widgets), its websocket (gone for longer than a blip), and a heartbeat on this widget's own comm (a
//   laptop back from sleep holds a socket nobody answers).
// - Once the kernel is gone, says so in plain words in a panel at the bottom of the window (Voila only:
//   in JupyterLab the Lab itself shows the kernel's state), marks each message as out of date, and
//   makes "Save my answers" in the browser from the page's own state: the kernel's last copy of the file
//   with what was typed since laid over it.
// - Under Voila, keeps the answers in this tab's session storage (gone when the tab closes; nothing on
//   the server) and, after a reload, offers to put them back.
// - Refuses a file too big to be saved answers before it is sent, with the sentence the kernel would
//   give: a file over 10 MiB would otherwise close the page's connection without a word.
// Every word shown comes from the model (the catalogue, through Python).

const LOST_STATUSES = new Set(["dead", "restarting", "autorestarting", "terminating"]);
const GRACE_MS = 3000;  // a websocket that reconnects within this is a blip, not a loss
const SAID_MS = 8000;  // how long a passing sentence ("the connection is back") stays
const STORE = `rebound-answers:${location.pathname}`;

function readKept() {
  try {
    const kept = JSON.parse(sessionStorage.getItem(STORE) || "null");
    return kept && typeof kept.answers === "string" ? kept : null;
  } catch (error) { return null; }
}

function keep(record) {
  try { sessionStorage.setItem(STORE, JSON.stringify(record)); } catch (error) { /* private mode, full: the file still works */ }
}

function forget() {
  try { sessionStorage.removeItem(STORE); } catch (error) { /* nothing kept */ }
}

function download(filename, data) {
  const url = URL.createObjectURL(new Blob([data], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function button(label, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "rebound-take-button";
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

// A panel at the bottom of the window, outside the widgets (whose boxes would hold a fixed element in
// place), first in the page's tab order, and a landmark of its own (an <aside>), so nothing on the page
// sits outside one. Its text goes into a live region that exists before it is filled, written on the
// next frame, so screen readers announce it.
function makePanel(kind, role) {
  const panel = document.createElement("aside");
  panel.className = `rebound rebound-lifeline-panel rebound-lifeline-${kind}`;
  panel.hidden = true;
  const region = document.createElement("div");
  region.setAttribute("role", role);
  const actions = document.createElement("div");
  actions.className = "rebound-lifeline-actions";
  const said = document.createElement("p");
  said.className = "rebound-lifeline-said";
  said.setAttribute("role", "status");
  panel.append(region, actions, said);
  document.body.prepend(panel);
  const show = (heading, sentences, buttons) => {
    panel.hidden = false;
    region.textContent = "";
    said.textContent = "";
    actions.replaceChildren(...buttons);
    requestAnimationFrame(() => {
      if (heading) {
        const h = document.createElement("h2");
        h.textContent = heading;
        region.append(h);
      }
      for (const sentence of sentences) {
        const p = document.createElement("p");
        p.textContent = sentence;
        region.append(p);
      }
    });
  };
  const say = (sentence) => {
    said.textContent = "";
    requestAnimationFrame(() => { said.textContent = sentence; });
  };
  const hide = () => { panel.hidden = true; region.textContent = ""; actions.replaceChildren(); };
  return { panel, show, say, hide, actions };
}

function render({ model, el }) {
  el.classList.add("rebound-lifeline");
  const onVoila = Boolean(document.body && document.body.dataset.voila !== undefined);
  const manager = model.widget_manager;
  const kernel = manager && manager.kernel;  // @jupyterlab/services' connection, in Voila and JupyterLab
  // The workspace this widget belongs to (several may share a JupyterLab window); the widget's box may
  // not be in the page yet when this runs, so it is looked up each time.
  const home = () => el.closest(".rebound-workspace") || document;
  const mine = (node) => { const h = home(); return h === document || h.contains(node); };
  const word = (name) => (model.get("words") || {})[name] || "";
  const timers = [];
  let lost = false;
  let offered = null;  // answers kept before a reload, offered until the person answers

  // --- the page's own copy of the answers ---------------------------------------------------------------
  const controls = new Map();  // model id -> the control's model, to read what was typed
  const resolveControls = () => {
    if (!manager) return;
    for (const entry of Object.values(model.get("typed") || {})) {
      if (!controls.has(entry.model)) {
        Promise.resolve(manager.get_model(entry.model)).then((m) => { if (m) controls.set(entry.model, m); }).catch(() => {});
      }
    }
  };
  const build = () => {
    let file;
    try { file = JSON.parse(model.get("answers")); } catch (error) { return null; }
    for (const [name, entry] of Object.entries(model.get("typed") || {})) {
      const control = controls.get(entry.model);
      if (!control) continue;
      const value = entry.values ? entry.values[control.get("index")] : control.get("value");
      if (value !== undefined && value !== null) file.answers[name] = value;
    }
    return JSON.stringify(file, null, 1);
  };
  const keepNow = () => {
    if (!onVoila) return;
    const answers = build();
    if (answers === null) return;
    if (model.get("blank") && !lost) {
      if (!offered) forget();  // a blank form must not take the place of answers still on offer
      return;
    }
    keep({ answers, filename: model.get("filename"), saved: model.get("saved") });
  };
  const saveHere = () => {
    const answers = build();
    if (answers === null) return [word("failed"), true];
    download(model.get("filename"), answers);
    return [model.get("saved"), false];
  };

  // --- the notice, the out-of-date marks ------------------------------------------------------------------
  const notice = makePanel("lost", "alert");
  const offer = makePanel("offer", "status");
  const tell = (state) => {
    const detail = { lost: state, words: model.get("words") || {} };
    for (const control of home().querySelectorAll(".rebound-take")) {
      control.dispatchEvent(new CustomEvent("rebound-lifeline", { detail }));
    }
  };
  const markStale = (on) => {
    for (const box of home().querySelectorAll(".rebound-messages")) {
      const mark = box.querySelector(":scope > .rebound-stale");
      if (on && !mark) {
        const p = document.createElement("p");
        p.className = "rebound-stale";
        p.textContent = word("stale");
        box.prepend(p);
      } else if (!on && mark) {
        mark.remove();
      }
    }
    document.documentElement.classList.toggle("rebound-lost", on);
    tell(on);
  };
  const declare = () => {
    if (lost) return;
    lost = true;
    keepNow();
    markStale(true);
    if (!onVoila) return;
    const save = button(word("save"), () => { const [sentence] = saveHere(); notice.say(sentence); });
    const reload = button(word("reload"), () => location.reload());
    notice.show(word("heading"), [word("body")], [save, reload]);
  };
  const recover = () => {
    if (!lost) return;
    lost = false;
    markStale(false);
    if (!onVoila) return;
    notice.show("", [word("back")], []);
    timers.push(setTimeout(() => { if (!lost) notice.hide(); }, SAID_MS));
  };

  // --- watching the kernel -----------------------------------------------------------------------------
  let grace = null;
  const onStatus = (_sender, status) => { if (LOST_STATUSES.has(status)) declare(); };
  const onConnection = (_sender, status) => {
    if (status === "connected") {
      clearTimeout(grace);
      grace = null;
      if (lost) beat();  // back only if this widget's kernel answers
    } else if (status === "disconnected") {
      declare();
    } else if (grace === null) {
      grace = setTimeout(() => { grace = null; if (kernel.connectionStatus !== "connected") declare(); }, GRACE_MS);
    }
  };
  const onDisposed = () => declare();
  const signals = [];
  if (kernel && kernel.statusChanged) {
    signals.push([kernel.statusChanged, onStatus], [kernel.connectionStatusChanged, onConnection], [kernel.disposed, onDisposed]);
    for (const [signal, slot] of signals) signal.connect(slot);
  }
  let waiting = null;  // the heartbeat not answered yet
  let beats = 0;
  let hush = null;  // the check once the heartbeat has had its time to be answered
  const silent = () => {
    const busy = kernel && kernel.status === "busy";  // a busy kernel is slow, not gone
    return waiting && Date.now() - waiting.since >= model.get("silence") * 1000 && !busy;
  };
  const beat = () => {
    if (silent()) declare();
    if (!waiting) {
      waiting = { id: (beats += 1), since: Date.now() };
      clearTimeout(hush);
      hush = setTimeout(() => { if (silent()) declare(); }, model.get("silence") * 1000 + 50);
    }
    try { model.send({ kind: "ping", id: waiting.id }); } catch (error) { declare(); }
  };
  // Once gone, the kernel is asked again only when its socket comes back (a restarted kernel has no
  // such widget and would log every heartbeat).
  const heartbeat = setInterval(() => { if (!lost) beat(); }, model.get("heartbeat") * 1000);

  const onMessage = (message) => {
    if (!message) return;
    if (message.kind === "pong" && waiting && message.id === waiting.id) {
      waiting = null;
      if (lost && (!kernel || kernel.connectionStatus === "connected")) recover();
    } else if (message.kind === "restored") {
      offer.show("", [message.message], []);
      timers.push(setTimeout(() => offer.hide(), SAID_MS));
    }
  };
  model.on("msg:custom", onMessage);

  // --- what is typed once the kernel is gone reaches only the browser: keep it in the tab too -------------
  let typing = null;
  const onTyped = (event) => {
    if (!lost || !mine(event.target)) return;
    clearTimeout(typing);
    typing = setTimeout(keepNow, 200);
  };
  document.addEventListener("input", onTyped, true);
  document.addEventListener("change", onTyped, true);

  // --- downloads asked for while the kernel is gone (static/take_away.js) --------------------------------
  const onMake = (event) => {
    const detail = event.detail || {};
    if (detail.handled || !mine(event.target)) return;
    detail.handled = true;
    if (detail.kind === "answers") {
      const [sentence, failed] = saveHere();
      detail.reply(sentence, failed);
    } else {
      detail.reply(word("unavailable"), true);
    }
  };
  document.addEventListener("rebound-lifeline-make", onMake);

  // --- "Load my answers": a file too big never leaves the browser -----------------------------------------
  let upload = null;
  const refuse = (files) => files.some((file) => file && file.size > model.get("max_bytes"));
  const guardUpload = async () => {
    const id = model.get("upload");
    if (!manager || !id || (upload && upload.id === id)) return;
    if (upload) upload.model.off("change:value", upload.check);
    const found = await Promise.resolve(manager.get_model(id)).catch(() => null);
    if (!found) return;
    const check = () => {
      if (!refuse(found.get("value") || [])) return;
      // Set back before the upload sends it: the view then sends nothing of the file.
      found.set("value", []);
      Promise.resolve(manager.get_model(model.get("status"))).then((status) => {
        status.set("value", "");
        status.set("value", model.get("too_large"));
        status.save_changes();
      }).catch(() => {});
    };
    found.on("change:value", check);
    upload = { id, model: found, check };
  };

  // --- following the kernel's copy ---------------------------------------------------------------------
  const onAnswers = () => { resolveControls(); if (!lost) keepNow(); };
  model.on("change:answers", onAnswers);
  model.on("change:typed", resolveControls);
  model.on("change:upload", guardUpload);
  resolveControls();
  guardUpload();

  // --- after a reload: the answers this tab kept ---------------------------------------------------------
  if (onVoila) {
    offered = readKept();
    if (offered) {
      const yes = button(word("yes"), () => {
        const kept = offered;
        offered = null;
        offer.show("", [word("restoring")], []);
        try { model.send({ kind: "restore", answers: kept.answers }); } catch (error) { declare(); }
      });
      const no = button(word("no"), () => { offered = null; forget(); offer.hide(); keepNow(); });
      offer.show("", [word("offer")], [yes, no]);
    } else {
      keepNow();
    }
  }

  return () => {
    clearInterval(heartbeat);
    clearTimeout(grace);
    clearTimeout(typing);
    clearTimeout(hush);
    timers.forEach(clearTimeout);
    for (const [signal, slot] of signals) signal.disconnect(slot);
    model.off("msg:custom", onMessage);
    model.off("change:answers", onAnswers);
    model.off("change:typed", resolveControls);
    model.off("change:upload", guardUpload);
    if (upload) upload.model.off("change:value", upload.check);
    document.removeEventListener("input", onTyped, true);
    document.removeEventListener("change", onTyped, true);
    document.removeEventListener("rebound-lifeline-make", onMake);
    notice.panel.remove();
    offer.panel.remove();
  };
}

export default { render };
