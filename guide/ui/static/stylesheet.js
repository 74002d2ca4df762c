// The stylesheet widget (guide/ui/style.py) draws nothing: anywidget injects its CSS into the page once.
export default { render() {} };
