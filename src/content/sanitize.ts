/**
 * Raw HTML in a body is content, not code (ARCHITECTURE.md, "Invariants"): every rendered body
 * passes this declared allow-list (sanitize-html, on htmlparser2), as GitHub's rules and DOMPurify's
 * ALLOWED_TAGS do, and everything else is dropped. It holds exactly what Markdown renders and what
 * the glossary step adds (src/glossary/plugin.ts) — so no `meta` refresh, `script`, `style`,
 * `iframe`, `form`, `base`, `object`, `svg` or image, no event handler, no `style` or `data-*`
 * attribute (`data-pagefind-ignore` would hide text from search), and links only to the web or the
 * site itself. Ruby annotations are dropped with their text, so a name spelt with ruby reads whole.
 *
 * @see https://github.com/apostrophecms/sanitize-html
 */
import sanitizeHtml from 'sanitize-html';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The allow-list, in one place; tests/content/sanitize.test.ts has a test per dropped thing. */
/** sanitize-html's options, with one its type declarations do not list yet. */
type Rules = sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] };

export const BODY_HTML_RULES: Rules = {
  allowedTags: [
    'p',
    'br',
    'hr',
    ...HEADINGS,
    'blockquote',
    'ul',
    'ol',
    'li',
    'em',
    'strong',
    'b',
    'i',
    'u',
    's',
    'del',
    'ins',
    'sup',
    'sub',
    'mark',
    'small',
    'abbr',
    'q',
    'cite',
    'code',
    'pre',
    'kbd',
    'a',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'section',
    // The glossary's term, its toggle and its definition.
    'span',
    'dfn',
    'button',
  ],
  allowedAttributes: {
    a: ['href', 'id', 'class', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnote-backref'],
    ...Object.fromEntries(HEADINGS.map((tag) => [tag, ['id']])),
    ol: ['start'],
    li: ['id'],
    sup: ['id'],
    th: ['align', 'colspan', 'rowspan', 'scope'],
    td: ['align', 'colspan', 'rowspan'],
    code: ['class'],
    pre: ['class'],
    section: ['class', 'data-footnotes'],
    span: ['id', 'class', 'hidden'],
    button: ['type', 'class', 'hidden', 'aria-expanded', 'aria-controls', 'aria-label'],
  },
  allowedClasses: {
    a: ['term-link', 'data-footnote-backref'],
    span: ['term', 'term-definition'],
    button: ['term-toggle'],
    section: ['footnotes'],
    code: ['language-*'],
    pre: ['language-*'],
  },
  // Boolean attributes: the glossary hides its toggle and definition until a script shows them.
  allowedEmptyAttributes: ['hidden', 'data-footnotes', 'data-footnote-ref', 'data-footnote-backref'],
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Dropped with everything inside: code, and ruby annotations (so 蒋<rt>jiǎng</rt>文涛 reads 蒋文涛).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'rt', 'rp', 'iframe', 'object', 'svg', 'math'],
  disallowedTagsMode: 'discard',
  // Comments are never kept: sanitize-html drops them.
};

/** The rendered body as it may be published. */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, BODY_HTML_RULES);
}
