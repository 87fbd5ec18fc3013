// The desk's one script, served as a file (the CSP allows no inline script). Every page works
// without it; it only adds live help: the privacy marks follow the text as the editor types, and
// the build queue page refreshes itself while a build runs.
(() => {
  const refresh = document.querySelector('[data-refresh]');
  if (refresh) setTimeout(() => location.reload(), Number(refresh.getAttribute('data-refresh')) * 1000);

  // Leaving the form or 源文件 with unsaved changes (another tab, a link) asks first: the two
  // tabs are separate pages, and what was typed in one is saved only by its own 保存.
  const editor = document.querySelector('form.editor');
  if (editor) {
    let dirty = false;
    editor.addEventListener('input', () => (dirty = true));
    editor.addEventListener('submit', () => (dirty = false));
    addEventListener('beforeunload', (event) => {
      if (dirty) event.preventDefault();
    });
  }

  const highlighted = document.getElementById('highlighted');
  const editors = [document.getElementById('source'), document.getElementById('body')].filter(Boolean);
  if (!highlighted || editors.length === 0) return;
  const match = location.pathname.match(/^\/entries\/(\d+)/);
  if (!match) return;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
  let timer;
  const check = (text) =>
    fetch(`/entries/${match[1]}/scan`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=utf-8', 'x-csrf-token': csrf },
      body: text,
      credentials: 'same-origin',
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((result) => {
        if (!result) return;
        highlighted.textContent = '';
        let at = 0;
        for (const finding of result.findings) {
          if (finding.start < at) continue;
          highlighted.append(text.slice(at, finding.start));
          const mark = document.createElement('mark');
          mark.className = finding.uncertain ? 'finding uncertain' : 'finding';
          mark.title = finding.label;
          mark.textContent = text.slice(finding.start, finding.end);
          highlighted.append(mark);
          at = finding.end;
        }
        highlighted.append(text.slice(at));
      })
      .catch(() => {});
  for (const editor of editors)
    editor.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => check(editor.value), 400);
    });
})();
