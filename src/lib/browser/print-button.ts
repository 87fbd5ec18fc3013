/** A print button appears only where a script can press it: without JavaScript, the browser's own menu prints. */
export function enhancePrintButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
