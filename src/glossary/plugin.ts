/**
 * The glossary in place: a Sätteri hast plugin (Astro 7 renders Markdown with Sätteri, which runs
 * no remark or rehype plugins) that turns the first occurrence of each glossary term, or one of
 * its aliases, in an entry's body into a link to the term's page carrying a `<dfn>`, followed by
 * a button and the definition, both hidden until a script shows the button (glossary-terms.ts in
 * lib/browser): without JavaScript it is a plain link.
 *
 * Never inside a heading, a link, code, a title mark 《…》 (match.ts), or a poem (whose lines are
 * not to be broken up).
 * Per-document state lives in `ctx.data`, as one plugin object serves every document.
 */
import type { HastContent, HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';
import type { GlossaryTerm } from '../schemas/data.ts';
import { glossaryPath, withBase } from '../lib/shared/paths.ts';
import { GLOSSARY_LINKS } from '../strings/pages.ts';
import { firstOccurrence, termNames, type TermName } from './match.ts';

/** What the plugin needs to know about the document it renders. */
export interface DocumentInfo {
  /** Unique on any page that shows several entries: it prefixes the definitions' ids. */
  key: string;
  /** A poem's lines are left whole. */
  poem: boolean;
}

export interface GlossaryLinkOptions {
  base: string;
  /** The terms to link, read when a document is rendered (they come from the content pipeline). */
  terms: () => readonly GlossaryTerm[];
  /** The document behind a compile's file URL; undefined for a document the site does not know. */
  documentAt: (fileURL: URL | undefined) => DocumentInfo | undefined;
}

/** Elements whose text is never linked. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'dfn', 'button', 'script', 'style', 'svg', 'math']);

interface DocumentState {
  info: DocumentInfo | undefined;
  names: TermName[];
  linked: Set<string>;
}

const STATE = 'mingjingGlossary';

const text = (value: string): HastContent => ({ type: 'text', value });

function termElement(match: TermName, written: string, base: string, key: string): HastContent {
  const id = `term-${key}-${match.term.id}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: withBase(base, glossaryPath(match.term.id)), className: ['term-link'] },
        children: [{ type: 'element', tagName: 'dfn', properties: {}, children: [text(written)] }],
      },
      {
        type: 'element',
        tagName: 'button',
        properties: {
          type: 'button',
          className: ['term-toggle'],
          hidden: true,
          ariaExpanded: 'false',
          ariaControls: id,
          ariaLabel: GLOSSARY_LINKS.toggle(match.term.term),
        },
        children: [text(GLOSSARY_LINKS.toggleText)],
      },
      {
        type: 'element',
        tagName: 'span',
        // Kept out of the search index by its class (search/build-index.ts): a definition would make
        // every page using the term match its words. Bodies carry no data-pagefind-* attribute.
        properties: { id, className: ['term-definition'], hidden: true },
        children: [text(match.term.definition)],
      },
    ],
  } as HastContent;
}

function stateOf(ctx: HastVisitorContext, options: GlossaryLinkOptions): DocumentState {
  const data = ctx.data as Record<string, unknown>;
  let state = data[STATE] as DocumentState | undefined;
  if (!state) {
    state = { info: options.documentAt(ctx.fileURL), names: termNames(options.terms()), linked: new Set() };
    data[STATE] = state;
  }
  return state;
}

function insideSkipped(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && SKIP.has(parent.tagName)) return true;
    if (parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') return true;
  }
  return false;
}

export function glossaryLinks(options: GlossaryLinkOptions): HastPluginDefinition {
  return {
    name: 'mingjing-glossary-links',
    text(node, ctx) {
      const state = stateOf(ctx, options);
      if (state.info?.poem || state.names.length === 0) return;
      const value = (node as { value: string }).value;
      if (!value.trim() || insideSkipped(node, ctx)) return;
      const parts: HastContent[] = [];
      let rest = value;
      // Every term's first occurrence in this text node, in reading order; state is set before
      // anything else happens, so concurrent documents never share it.
      for (let found = firstOccurrence(rest, state.names, state.linked); found; found = firstOccurrence(rest, state.names, state.linked)) {
        state.linked.add(found.match.term.id);
        if (found.index > 0) parts.push(text(rest.slice(0, found.index)));
        parts.push(termElement(found.match, found.match.name, options.base, state.info?.key ?? 'doc'));
        rest = rest.slice(found.index + found.match.name.length);
      }
      if (parts.length === 0) return;
      if (rest) parts.push(text(rest));
      ctx.replaceNode(node, parts);
    },
  };
}
