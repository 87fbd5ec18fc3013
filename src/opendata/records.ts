/**
 * Open data: the structured fields of published entries as JSON and CSV, so journalists and
 * researchers can use the figures without scraping pages. Bodies are left out on purpose:
 * the notice text lives on its page, and open data stays a table.
 */
import type { EntryKind } from '../schemas/vocabulary.ts';

export type OpenDataRecord = Record<string, string | number | boolean>;

interface EntryLike {
  id: string;
  data: Record<string, unknown> & { title: string; date: string; organ: string; summary: string; tags: string[] };
}

const list = (value: unknown): string => (Array.isArray(value) ? value.map(String).join('；') : '');

export function openDataRecord(kind: EntryKind, entry: EntryLike, organName: string, url: string): OpenDataRecord {
  const d = entry.data;
  const common: OpenDataRecord = {
    id: entry.id,
    url,
    title: d.title,
    date: d.date,
    organ: organName,
    summary: d.summary,
    tags: list(d.tags),
  };
  if (kind === 'clarifications') {
    const subject = d['subject'] as { alias: string; role: string; tier: string; type: string };
    const allegations = d['allegations'] as { summary: string }[];
    return {
      ...common,
      docNumber: String(d['docNumber'] ?? ''),
      subjectType: subject.type,
      subjectAlias: subject.alias,
      subjectRole: subject.role,
      subjectTier: subject.tier,
      allegations: allegations.map((a) => a.summary).join('；'),
      methods: list(d['methods']),
      scope: String(d['scope']),
      realNameReport: Boolean(d['realNameReport']),
      reporterFeedback: Boolean(d['reporterFeedback']),
      followUps: (d['followUps'] as unknown[]).length,
      falseAccusation: Boolean(d['falseAccusation']),
    };
  }
  if (kind === 'cases') {
    return {
      ...common,
      serial: String(d['serial']),
      scenario: String(d['scenario']),
      decision: String(d['decision']),
      keywords: list(d['keywords']),
      gist: String(d['gist']),
      sector: String(d['sector']),
      exclusions: list(d['exclusions']),
    };
  }
  const author = d['author'] as { name: string; dynasty: string } | undefined;
  return {
    ...common,
    form: String(d['form']),
    author: author ? `${author.dynasty}·${author.name}` : '',
    source: String(d['source'] ?? ''),
    printable: Boolean(d['printable']),
  };
}

function csvCell(value: string | number | boolean): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a UTF-8 BOM, so spreadsheet programs open the Chinese text correctly. */
export function toCsv(records: readonly OpenDataRecord[]): string {
  if (records.length === 0) return '\uFEFF';
  const columns = Object.keys(records[0]!);
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c] ?? '')).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
