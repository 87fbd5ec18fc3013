import { describe, expect, it } from 'vitest';
import { sanitizeBodyHtml } from '../../src/content/sanitize.ts';

describe('raw HTML in a body passes a declared allow-list', () => {
  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://x.example/">', /meta|refresh|x\.example/],
    ['a script and its text', '<script>alert(1)</script>', /script|alert/],
    ['a style sheet and its text', '<style>p::after{content:"王"}</style>', /style|content/],
    ['an iframe', '<iframe src="https://x.example/"></iframe>', /iframe|x\.example/],
    ['a form and its fields', '<form action="https://x.example/"><input name="q"><textarea>t</textarea></form>', /form|input|textarea|x\.example/],
    ['a base URL', '<base href="https://x.example/">', /base|x\.example/],
    ['an object and an embed', '<object data="x"></object><embed src="y">', /object|embed/],
    ['an image', '<img src="/etc/passwd" alt="王建国">', /img|passwd|王建国/],
    ['inline SVG', '<svg><text>王建国</text></svg>', /svg|王建国/],
    ['an event handler', '<b onclick="steal()">x</b>', /onclick|steal/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /javascript/],
    ['an obfuscated javascript: link', '<a href="java&#x09;script:alert(1)">x</a>', /script/],
    ['a data: link', '<a href="data:text/html,x">x</a>', /data:/],
    ['a style attribute', '<span style="display:none">x</span>', /style|display/],
    ['every data-* attribute', '<span data-pagefind-ignore data-pagefind-meta="title:x" data-x="y">x</span>', /data-/],
    ['a comment', '<!-- 信访人王建国 -->', /王建国|<!--/],
    ['ruby annotations, with their text', '蒋<ruby>文<rt>wén</rt><rp>(</rp></ruby>涛', /wén|rt|rp|ruby/],
    ['a title attribute on an abbreviation', '<abbr title="王建国">x</abbr>', /title|王建国/],
    ['a class the site does not define', '<span class="print-only secret">x</span>', /class/],
  ])('drops %s', (_what, html, forbidden) => {
    expect(sanitizeBodyHtml(`<p>正文${html}</p>`)).not.toMatch(forbidden);
  });

  it('keeps what Markdown renders and what the glossary adds', () => {
    const html = [
      '<h2 id="基本情况">基本情况</h2>',
      '<p><strong>加粗</strong><em>强调</em><del>删除</del><code class="language-js">x</code><sup>1</sup></p>',
      '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>',
      '<p><a href="https://example.org/">外链</a><a href="/glossary/x/">站内</a></p>',
      '<span class="term"><a href="/glossary/x/" class="term-link"><dfn>容错</dfn></a><button type="button" class="term-toggle" hidden aria-expanded="false" aria-controls="term-x" aria-label="释义">释义</button><span id="term-x" class="term-definition" hidden>定义</span></span>',
    ].join('');
    expect(sanitizeBodyHtml(html)).toBe(html.replace(' hidden aria', ' hidden="" aria').replace('term-definition" hidden>', 'term-definition" hidden="">'));
  });

  it('joins a name spelt with ruby, so the output check reads it whole', () => {
    expect(sanitizeBodyHtml('被举报人蒋<ruby>文<rt>wén</rt></ruby>涛')).toBe('被举报人蒋文涛');
  });
});
