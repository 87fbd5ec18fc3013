/**
 * 朗读: reads an entry's text aloud with the browser's own speech synthesis in Chinese. The
 * button stays hidden unless the browser has speech synthesis and a Chinese voice; it sends
 * nothing anywhere (speech runs in the browser or the system).
 */

/** Sentences short enough that no engine cuts them off; the punctuation stays with its sentence. */
export function sentences(text: string): string[] {
  return (text.replace(/\s+/g, ' ').match(/[^。！？；!?;\n]+[。！？；!?;]?/g) ?? []).map((part) => part.trim()).filter(Boolean);
}

/** The text a listener needs: not the glossary buttons and definitions, nor anything hidden. */
export function readableText(article: HTMLElement): string {
  const copy = article.cloneNode(true) as HTMLElement;
  for (const skipped of copy.querySelectorAll(
    '.term-toggle, .term-definition, [hidden], [aria-hidden="true"], .visually-hidden, svg, script, style',
  ))
    skipped.remove();
  for (const block of copy.querySelectorAll('p, li, h1, h2, h3, dt, dd, tr, blockquote')) block.append('\n');
  return copy.textContent ?? '';
}

const chineseVoice = (synth: SpeechSynthesis) =>
  synth.getVoices().find((voice) => /^zh(-|_|$)/i.test(voice.lang) && /CN|Hans|^zh$/i.test(voice.lang)) ??
  synth.getVoices().find((voice) => /^zh/i.test(voice.lang));

export function enhanceReadAloud(root: Document, win: Window & typeof globalThis = window): void {
  const button = root.querySelector<HTMLButtonElement>('[data-read-aloud]');
  const source = root.querySelector<HTMLElement>('main article');
  const synth = win.speechSynthesis as SpeechSynthesis | undefined;
  if (!button || !source || !synth || typeof win.SpeechSynthesisUtterance !== 'function') return;
  const startText = button.textContent ?? '';
  const stopText = button.dataset['stopText'] ?? startText;
  let reading = false;
  const stop = () => {
    reading = false;
    synth.cancel();
    button.textContent = startText;
    button.setAttribute('aria-pressed', 'false');
  };
  const show = () => {
    if (chineseVoice(synth)) button.hidden = false;
  };
  show();
  synth.addEventListener?.('voiceschanged', show);
  button.addEventListener('click', () => {
    if (reading) return stop();
    const voice = chineseVoice(synth);
    const parts = sentences(readableText(source));
    if (!voice || parts.length === 0) return;
    reading = true;
    button.textContent = stopText;
    button.setAttribute('aria-pressed', 'true');
    parts.forEach((part, index) => {
      const utterance = new win.SpeechSynthesisUtterance(part);
      utterance.lang = 'zh-CN';
      utterance.voice = voice;
      utterance.rate = 0.9;
      if (index === parts.length - 1) utterance.addEventListener('end', () => reading && stop());
      synth.speak(utterance);
    });
  });
  win.addEventListener('pagehide', () => synth.cancel());
}
