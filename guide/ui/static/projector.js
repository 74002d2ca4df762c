// Projector mode (guide/ui/projector.py): a real checkbox with its label. It sets a class on <html>, so
// the whole page (the narrative as well as the widgets) grows and darkens, and remembers the choice in
// sessionStorage, so it survives a reload for the rest of the visit and is forgotten when the tab closes.
const KEY = "rebound-projector";
const CLASS = "rebound-projector";

function stored() {
  try { return sessionStorage.getItem(KEY) === "on"; } catch (error) { return false; }
}

function remember(on) {
  try { sessionStorage.setItem(KEY, on ? "on" : "off"); } catch (error) { /* private mode: this visit only */ }
}

function apply(on) {
  document.documentElement.classList.toggle(CLASS, on);
}

function render({ model, el }) {
  el.classList.add("rebound-projector-switch");
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = "checkbox";
  const words = document.createElement("span");
  label.append(box, words);
  el.append(label);
  const showLabel = () => { words.textContent = model.get("label"); };
  showLabel();
  model.on("change:label", showLabel);
  box.checked = stored();
  apply(box.checked);
  box.addEventListener("change", () => {
    apply(box.checked);
    remember(box.checked);
  });
  return () => model.off("change:label", showLabel);
}

export default { render };
