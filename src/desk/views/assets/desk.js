// The desk's one script, served as a file (the CSP allows no inline script). Every page works
// without it; it only adds live help: 表单 and 源文件 follow each other as the editor types, the
// privacy marks follow the text, and the build queue page refreshes itself while a build runs.
(() => {
  const refresh = document.querySelector('[data-refresh]');
  if (refresh) setTimeout(() => location.reload(), Number(refresh.getAttribute('data-refresh')) * 1000);

  // Leaving the page with unsaved changes (a link, another page) asks first.
  const editor = document.querySelector('form.editor');
  if (editor) {
    let dirty = false;
    editor.addEventListener('input', () => (dirty = true));
    editor.addEventListener('submit', () => (dirty = false));
    addEventListener('beforeunload', (event) => {
      if (dirty) event.preventDefault();
    });
  }

  // 表单 and 源文件 are two panes of one form. With this script the tabs switch in place, and each
  // pane follows the other as one types: the server reads what was typed with the code the save
  // uses (/sync) and sends back the other pane. A 源文件 whose header does not parse leaves the
  // form as it was, and the problem shows beside the 源文件 box.
  const paneForm = document.getElementById('pane-form');
  const paneSource = document.getElementById('pane-source');
  const sourceBox = document.getElementById('source');
  const entryMatch = location.pathname.match(/^\/entries\/(\d+)/);
  if (editor && paneForm && paneSource && sourceBox && entryMatch) {
    const mode = editor.querySelector('input[name="mode"]');
    const problem = document.getElementById('source-problem');
    const tabs = [...document.querySelectorAll('[role="tab"][data-pane]')];
    const show = (paneId) => {
      for (const tab of tabs) {
        const selected = tab.getAttribute('data-pane') === paneId;
        tab.setAttribute('aria-selected', String(selected));
        if (selected) tab.setAttribute('aria-current', 'page');
        else tab.removeAttribute('aria-current');
        document.getElementById(tab.getAttribute('data-pane')).hidden = !selected;
      }
      history.replaceState(null, '', paneId === 'pane-source' ? '?tab=source' : location.pathname);
    };
    for (const tab of tabs)
      tab.addEventListener('click', (event) => {
        event.preventDefault();
        show(tab.getAttribute('data-pane'));
      });
    const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
    let latest = 0;
    let pending;
    const sync = (from) => {
      const data = new FormData(editor);
      data.set('mode', from);
      const mine = ++latest;
      fetch(`/entries/${entryMatch[1]}/sync`, {
        method: 'POST',
        headers: { 'x-csrf-token': csrfToken },
        body: data,
        credentials: 'same-origin',
      })
        .then((response) => (response.ok ? response.json() : undefined))
        .then((result) => {
          // Typing since then makes this answer stale: the next one follows.
          if (!result || mine !== latest) return;
          if (from === 'form') {
            if (result.source !== undefined) sourceBox.value = result.source;
            return;
          }
          if (result.error) {
            problem.textContent = result.error;
            return;
          }
          problem.textContent = '';
          for (const [key, value] of Object.entries(result.fields)) {
            for (const control of editor.querySelectorAll(`[name="f.${key}"]`)) {
              if (control.type === 'checkbox') control.checked = Array.isArray(value) ? value.includes(control.value) : value === true;
              else control.value = value;
            }
          }
          const body = document.getElementById('body');
          if (body) body.value = result.body;
        })
        .catch(() => {});
    };
    // 保存 reads the pane typed in last: the other follows it, and a 源文件 that does not parse
    // must not be overwritten by the form it could not update.
    const follow = (from) => () => {
      mode.value = from;
      clearTimeout(pending);
      pending = setTimeout(() => sync(from), 300);
    };
    paneForm.addEventListener('input', follow('form'));
    paneSource.addEventListener('input', follow('source'));
  }

  const highlighted = document.getElementById('highlighted');
  const editors = [document.getElementById('source'), document.getElementById('body')].filter(Boolean);
  if (!highlighted || editors.length === 0) return;
  const match = entryMatch;
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
