/**
 * The glossary disclosure beside each linked term (src/glossary/plugin.ts): the button appears
 * only with a script; it shows and hides the definition in place, by click, tap, Enter or Space
 * (a real button), and Escape closes it and returns focus to the button.
 */
export function enhanceGlossaryTerms(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('.term-toggle')) {
    const definition = root.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!definition) continue;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      definition.hidden = !open;
    };
    button.hidden = false;
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
  }
}
