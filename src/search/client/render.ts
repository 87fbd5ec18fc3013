/** DOM building shared by the search page and the case library: text nodes only, never innerHTML. */
import type { ExcerptPart } from '../match.ts';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

export function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? element('mark', {}, part.text) : document.createTextNode(part.text)));
}
