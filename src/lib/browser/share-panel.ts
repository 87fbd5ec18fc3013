/**
 * Progressive enhancement of the share panel: reveal each button only when the browser can do
 * what it promises (clipboard, Web Share API, print).
 */
export function enhanceSharePanels(root: Document): void {
  for (const panel of root.querySelectorAll<HTMLElement>('[data-share-url]')) {
    const url = panel.dataset['shareUrl'] ?? location.href;
    const title = panel.dataset['shareTitle'] ?? document.title;
    const status = panel.querySelector<HTMLElement>('[data-share-status]');
    const button = (action: string) => panel.querySelector<HTMLButtonElement>(`[data-share-action="${action}"]`);

    const copy = button('copy');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = status.dataset['copiedText'] ?? '';
      });
    }
    const native = button('native');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => undefined);
      });
    }
    const print = button('print');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', () => window.print());
    }
  }
}
