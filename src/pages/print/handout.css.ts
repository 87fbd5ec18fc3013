/**
 * `/print/handout.css`: the case handout's page margins, with its running head and page numbers
 * in CSS margin boxes. Written from src/strings/print.ts, so the words live once; a stylesheet of
 * the site's own (CSP: style-src 'self'), loaded for print only by case pages.
 */
import type { APIRoute } from 'astro';
import { HANDOUT } from '../../strings/print.ts';

const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

export const GET: APIRoute = () => {
  const [before, middle, after] = HANDOUT.pageNumber;
  const css = `@page handout {
  size: A4;
  margin: 20mm 16mm 18mm;
  @top-center {
    content: ${cssString(HANDOUT.runningHead)};
    font-size: 9pt;
    color: #444;
  }
  @bottom-center {
    content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)};
    font-size: 9pt;
    color: #444;
  }
}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
