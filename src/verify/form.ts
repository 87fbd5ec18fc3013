/** The verify form: turns a typed code into `/v/<code>/` (also when opened as `/v/?code=…`). */
import { normaliseCode } from './normalise.ts';

export function verifyTarget(base: string, input: string): string | undefined {
  const code = normaliseCode(input);
  return code ? `${base.replace(/\/?$/, '/')}v/${code.toLowerCase()}/` : undefined;
}

export function enhanceVerifyForm(root: Document, base: string): void {
  const form = root.querySelector<HTMLFormElement>('[data-verify-form]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[name="code"]');
  const message = form.querySelector<HTMLElement>('[role="status"]');
  const say = (text: string | undefined) => {
    if (message) message.textContent = text ?? '';
  };
  // A code the site never issued has no page: say so here, with the warning that the notice may be
  // forged, instead of opening a bare 404. Offline, the page itself answers.
  const go = async (value: string) => {
    const target = verifyTarget(base, value);
    if (!target) return say(form.dataset['invalid']);
    const known = await fetch(target, { method: 'HEAD' }).then(
      (response) => response.ok,
      () => true,
    );
    if (known) location.assign(target);
    else say(form.dataset['unknown']);
  };
  const typed = new URLSearchParams(location.search).get('code');
  if (typed && input) {
    input.value = typed;
    void go(typed);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input) void go(input.value);
  });
}
