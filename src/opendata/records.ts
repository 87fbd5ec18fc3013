/**
 * Open data: the structured fields of published entries as JSON and CSV, so journalists and
 * researchers can use the figures without scraping pages. Bodies are left out on purpose:
 * the notice text lives on its page, and open data stays a table.
 */
import type { GuidingCase } from '../schemas/case.ts';
import type { Clarification } from '../schemas/clarification.ts';
import type { CultureItem } from '../schemas/culture.ts';
import type { EntryKind } from '../schemas/vocabulary.ts';

export type OpenDataRecord = Record<string, string | number | boolean>;

/** A published entry as the content store or the model holds it. */
export type OpenDataEntry =
  | { kind: 'clarifications'; id: string; data: Clarification }
  | { kind: 'cases'; id: string; data: GuidingCase }
  | { kind: 'culture'; id: string; data: CultureItem };

/** What a record needs from the rest of the site: names of organs and series, and its page's URL. */
export interface OpenDataContext {
  organName: (id: string) => string;
  seriesTitle: (id: string) => string;
  url: (kind: EntryKind, id: string) => string;
}

const list = (values: readonly string[]): string => values.join('；');

/**
 * One row of open data. A notice's follow-up visits appear only as a count, and the false
 * accusation only as its recorded action, organ, date and result: nothing else of the record.
 */
export function openDataRecord(entry: OpenDataEntry, context: OpenDataContext): OpenDataRecord {
  const d = entry.data;
  const common: OpenDataRecord = {
    id: entry.id,
    url: context.url(entry.kind, entry.id),
    title: d.title,
    date: d.date,
    organ: context.organName(d.organ),
    summary: d.summary,
    tags: list(d.tags),
  };
  if (entry.kind === 'clarifications') {
    const n = entry.data;
    return {
      ...common,
      docNumber: n.docNumber ?? '',
      subjectType: n.subject.type,
      subjectAlias: n.subject.alias,
      subjectRole: n.subject.role,
      subjectTier: n.subject.tier ?? '',
      allegations: list(n.allegations.map((a) => a.summary)),
      methods: list(n.methods),
      scope: n.scope,
      realNameReport: n.realNameReport,
      reporterFeedback: n.reporterFeedback,
      deliveryDate: n.delivery?.date ?? '',
      followUps: n.followUps.length,
      falseAccusationAction: n.falseAccusation?.action ?? '',
      falseAccusationOrgan: n.falseAccusation?.organ ?? '',
      falseAccusationDate: n.falseAccusation?.date ?? '',
      falseAccusationResult: n.falseAccusation?.result ?? '',
    };
  }
  if (entry.kind === 'cases') {
    const c = entry.data;
    return {
      ...common,
      series: context.seriesTitle(c.series),
      number: c.number,
      batch: c.batch,
      scenario: c.scenario,
      decision: c.decision,
      keywords: list(c.keywords),
      gist: c.gist,
      sector: c.sector,
      exclusions: list(c.exclusions),
    };
  }
  const item = entry.data;
  return {
    ...common,
    form: item.form,
    author: item.author ? `${item.author.dynasty}·${item.author.name}` : '',
    source: item.source ?? '',
    printable: item.printable,
  };
}

/**
 * One CSV cell. Text a spreadsheet would take for a formula (it begins with = + - @, a tab or a
 * carriage return) is prefixed with an apostrophe, so opening the file runs nothing (CSV
 * injection); numbers and booleans are written as they are.
 */
export function csvCell(value: string | number | boolean): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Reads back what toCsv wrote (for tests and for anyone checking a download): rows of cells. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** RFC 4180 CSV with a UTF-8 BOM, so spreadsheet programs open the Chinese text correctly. */
export function toCsv(records: readonly OpenDataRecord[]): string {
  if (records.length === 0) return '\uFEFF';
  const columns = Object.keys(records[0]!);
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c] ?? '')).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
