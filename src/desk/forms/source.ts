/**
 * The entry as the desk holds it: one Markdown file with its YAML header, exactly what
 * `content/<kind>/<id>.md` will contain. The form, the 源文件 tab and the privacy actions all read
 * and write this one text, so they can never disagree.
 */
import yaml from 'js-yaml';
import { parseEntryFile } from '../../content/front-matter.ts';

export interface SplitSource {
  /** The parsed header, or an empty object when it is missing or broken (the problems say why). */
  data: Record<string, unknown>;
  body: string;
  error: string | undefined;
}

export function splitSource(source: string): SplitSource {
  const parsed = parseEntryFile(source);
  const data =
    parsed.data !== null && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>) : {};
  return { data, body: parsed.body, error: parsed.error ?? (parsed.hasFrontMatter ? undefined : 'missing') };
}

/** YAML in the core schema, so a date stays the string the editor typed (front-matter.ts reads it the same way). */
export function dumpYaml(value: unknown): string {
  return yaml.dump(value, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
}

export function joinSource(data: Record<string, unknown>, body: string): string {
  return `---\n${dumpYaml(data)}---\n\n${body.replace(/^\n+/, '')}`;
}

/**
 * Sets one top-level header field, keeping every other line (and comment) as written. Used for
 * `status`, `notNames` and `publicNames`, which the desk changes on the editor's behalf.
 */
export function setHeaderField(source: string, key: string, value: unknown): string {
  const { data, body, error } = splitSource(source);
  if (error) return source;
  // A flow-style line (`status: draft   # 注释`, `notNames: [a, b]`) is replaced in place; anything
  // longer is re-serialised with the rest of the header.
  const line = new RegExp(`^${key}:[^\\n]*$`, 'm');
  const flow = `${key}: ${yaml.dump(value, { schema: yaml.CORE_SCHEMA, flowLevel: 0, lineWidth: -1 }).trim()}`;
  const header = source.slice(0, source.length - body.length);
  const match = line.exec(header);
  const nextLine = match ? (header.slice(match.index + match[0].length + 1).split('\n')[0] ?? '') : '';
  if (match && !/^[ \t]+-|^[ \t]+\S/.test(nextLine))
    return header.slice(0, match.index) + flow + header.slice(match.index + match[0].length) + body;
  if (!match) {
    const end = header.lastIndexOf('\n---');
    return `${header.slice(0, end)}\n${flow}${header.slice(end)}${body}`;
  }
  return joinSource({ ...data, [key]: value }, body);
}
