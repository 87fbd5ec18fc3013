/**
 * SVG images are documents: they can run scripts, load other files and carry text no reader sees
 * (metadata, comments, editor attributes). A published SVG is parsed with svgo's XML parser and
 * written back with only what a drawing needs:
 *
 * - elements from an allow-list (shapes, text, gradients, filters, `<title>`, `<desc>`,
 *   `<style>`); everything else goes with its children: `<script>`, `<foreignObject>`, `<image>`,
 *   `<a>`, animation, `<metadata>`, any element with a namespace prefix;
 * - attributes with plain names, but no event handler (`on*`), no `data-*`, no namespaced
 *   attribute but `xlink:href` and `xml:space`; `href` and `xlink:href` only to a `#fragment`;
 *   no value that loads anything (`url(…)` other than `url(#id)`, `javascript:`);
 * - `<style>` and `style=""` only when their CSS loads nothing (no `@import`, no external `url()`);
 * - no comments, processing instructions (`<?xml-stylesheet?>`) or doctype; a file that declares
 *   entities is refused, since their expansion can be made to explode.
 *
 * The text that remains (text, title, desc, style, attribute values other than path data and
 * colours, and the text of a dropped `<metadata>`) is returned for the privacy check: a name
 * written on a poster, or hidden in an `id`, is as public as one in a page.
 */
import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style', 'switch',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting',
  'feSpotLight', 'feTile', 'feTurbulence',
]); // prettier-ignore

/** Elements whose text is drawn or read out; text anywhere else is dropped. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc', 'style']);

/** Attributes that hold only numbers and commands (path data, coordinates lists): not text to check. */
const NUMERIC_ATTRIBUTES = new Set([
  'd',
  'points',
  'transform',
  'viewBox',
  'values',
  'kernelMatrix',
  'tableValues',
  'gradientTransform',
  'patternTransform',
]);

/** CSS comments are text no one sees: removed from `<style>` and `style=""`. */
const withoutCssComments = (css: string) => css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '');

/** Namespaced attributes a drawing may need; any other prefixed name is an editor's or a trick. */
const NAMESPACED = new Set(['xlink:href', 'xml:space']);

/** CSS that loads something: `@import`, `@font-face`, any url()/image()/src() but `url(#id)`, escapes that could spell them. */
function cssLoadsSomething(css: string): boolean {
  const local = css.replace(/url\(\s*(['"]?)#[\w.:-]+\1\s*\)/gi, '');
  return /@import|@font-face|@namespace|url\s*\(|image(?:-set)?\s*\(|src\s*\(|expression\s*\(|javascript:|\\/i.test(local);
}

/** Why an SVG cannot be published: it declares entities, its root is no `<svg>`, or it is no XML. */
export class SvgRefused extends Error {
  readonly reason: 'entities' | 'root' | 'parse';
  constructor(reason: 'entities' | 'root' | 'parse') {
    super(reason);
    this.reason = reason;
  }
}

export interface SanitisedSvg {
  svg: string;
  /** Every text that remains (text, title, desc, style, attribute values) and the text of dropped metadata. */
  texts: string[];
}

/**
 * The text under `node`. A `<tspan>` is drawn on the same line as its neighbours, so its text is
 * joined as the reader sees it (蒋<tspan>文涛</tspan> is one name); metadata fields are separate
 * values and get `separator` between them.
 */
function textOf(node: XastParent, separator = ''): string {
  return node.children
    .map((child) =>
      child.type === 'text' || child.type === 'cdata'
        ? child.value
        : child.type === 'element'
          ? `${separator}${textOf(child, separator)}${separator}`
          : '',
    )
    .join('')
    .trim();
}

function keepAttribute(name: string, value: string): boolean {
  if (name === 'style') return !cssLoadsSomething(withoutCssComments(value));
  if (name === 'href' || name === 'xlink:href') return /^#[^\s]*$/.test(value.trim());
  if (name.includes(':')) return NAMESPACED.has(name);
  if (!/^[a-zA-Z][a-zA-Z0-9-]*$/.test(name) || /^on/i.test(name) || /^data-/i.test(name) || name === 'xmlns') return false;
  if (/javascript:/i.test(value.replace(/\s+/g, ''))) return false;
  // Presentation attributes may point at a gradient (`fill="url(#g)"`), never at a file.
  return !(/url\s*\(/i.test(value) && cssLoadsSomething(value));
}

/** `text` as a clean SVG, and its texts; throws SvgRefused when it is no SVG or declares entities. */
export function sanitiseSvg(text: string): SanitisedSvg {
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(text)) throw new SvgRefused('entities');
  const texts: string[] = [];
  let root: XastElement | undefined;
  const allowList: CustomPlugin = {
    name: 'mingjingAllowList',
    fn: () => ({
      doctype: { enter: (node, parent) => void (parent.children = parent.children.filter((c) => c !== node)) },
      instruction: { enter: (node, parent) => void (parent.children = parent.children.filter((c) => c !== node)) },
      comment: { enter: (node, parent) => void (parent.children = parent.children.filter((c) => c !== node)) },
      cdata: {
        enter: (node, parent) => {
          if (parent.type !== 'element' || parent.name !== 'style') parent.children = parent.children.filter((c) => c !== node);
        },
      },
      text: {
        enter: (node, parent) => {
          if (parent.type !== 'element' || !TEXT_ELEMENTS.has(parent.name)) parent.children = parent.children.filter((c) => c !== node);
        },
      },
      element: {
        enter: (node, parent) => {
          const drop = () => void (parent.children = parent.children.filter((c) => c !== node));
          if (parent.type === 'root') {
            if (root || node.name !== 'svg') throw new SvgRefused('root');
            root = node;
          }
          if (node.name === 'metadata') {
            const metadata = textOf(node, ' ');
            if (metadata) texts.push(metadata);
            return drop();
          }
          if (!ELEMENTS.has(node.name)) return drop();
          if (node.name === 'style') {
            for (const child of node.children)
              if (child.type === 'text' || child.type === 'cdata') child.value = withoutCssComments(child.value);
            if (cssLoadsSomething(textOf(node))) return drop();
          }
          node.attributes = Object.fromEntries(
            Object.entries(node.attributes)
              .filter(([name, value]) => keepAttribute(name, value))
              .map(([name, value]) => [name, name === 'style' ? withoutCssComments(value) : value]),
          );
          // The namespaces are the root's alone, and always the two a drawing uses.
          if (node === root) node.attributes = { xmlns: SVG_NS, 'xmlns:xlink': XLINK_NS, ...node.attributes };
          // Every other attribute value is published too (an id, a class, a label): it is checked like text.
          for (const [name, value] of Object.entries(node.attributes))
            if (
              !NUMERIC_ATTRIBUTES.has(name) &&
              !name.startsWith('xmlns') &&
              /[^\d\s.,+-]/.test(value) &&
              !/^(?:#[\w.:-]+|url\(#[\w.:-]+\))$/i.test(value)
            )
              texts.push(value);
        },
        exit: (node, parent) => {
          // svgo calls exit for a dropped element too; its text was not published.
          if (!parent.children.includes(node)) return;
          if (node.name === 'text' || node.name === 'title' || node.name === 'desc' || node.name === 'style') {
            const text = textOf(node);
            if (text) texts.push(text);
          }
        },
      },
    }),
  };
  let svg: string;
  try {
    svg = optimize(text, { plugins: [allowList], js2svg: { pretty: false } }).data;
  } catch (error) {
    if (error instanceof SvgRefused) throw error;
    throw new SvgRefused('parse');
  }
  if (!root) throw new SvgRefused('root');
  return { svg, texts };
}
