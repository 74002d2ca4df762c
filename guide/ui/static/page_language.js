// The page's language (guide/ui/language.py): sets <html lang> to the language the page speaks, so a
// screen reader reads it with the right voice (WCAG 3.1.1), and again whenever the language changes.
// Only on a Voila page (its <body> has data-voila): in JupyterLab the page is the Lab's, not Rebound's.
function render({ model, el }) {
  el.classList.add("rebound-page-language");
  const apply = () => {
    if (document.body && document.body.dataset.voila !== undefined && model.get("lang")) {
      document.documentElement.lang = model.get("lang");
    }
  };
  apply();
  model.on("change:lang", apply);
  return () => model.off("change:lang", apply);
}

export default { render };
