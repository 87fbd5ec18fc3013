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
  const go = (value: string) => {
    const target = verifyTarget(base, value);
    if (target) location.assign(target);
    else if (message) message.textContent = form.dataset['invalid'] ?? '';
  };
  const typed = new URLSearchParams(location.search).get('code');
  if (typed && input) {
    input.value = typed;
    go(typed);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input) go(input.value);
  });
}
