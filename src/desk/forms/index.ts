/**
 * Forms generated from the content schemas: zod 4's JSON Schema of each kind decides the control
 * of every top-level field (a select for a vocabulary, checkboxes for a list of one, a date input,
 * a checkbox, one line per item for a list of words), so a field added to a schema appears in the
 * desk without touching it. Nested records (allegations, stages, the four tests, bases) are edited
 * as a YAML block beside their label: the same text the 源文件 tab shows for them.
 */
import { z } from 'astro/zod';
import { ENTRY_SCHEMAS } from '../../content/validate.ts';
import type { EntryKind } from '../../schemas/vocabulary.ts';
import { FIELDS } from '../../strings/content.ts';
import { DESK, DESK_FIELD_LABELS } from '../../strings/desk.ts';
import { dumpYaml, joinSource, splitSource } from './source.ts';
import yaml from 'js-yaml';

export type Control = 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'checkboxes' | 'lines' | 'yaml';

export interface FormField {
  key: string;
  label: string;
  control: Control;
  options?: readonly string[];
  /** What the editor reads for an option (an organ's short name for its id). */
  optionLabels?: Readonly<Record<string, string>>;
  required: boolean;
}

interface JsonSchema {
  type?: string;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  maxLength?: number;
}

/** Fields the workflow owns: the desk writes them, the form never shows them. */
const MANAGED = new Set(['status']);
const DATE_KEY = /^(?:date|publicUntil)$|Date$/;
const LONG_TEXT = new Set(['summary', 'gist', 'annotation', 'aftermath']);

const cache = new Map<EntryKind, JsonSchema>();
function jsonSchemaOf(kind: EntryKind): JsonSchema {
  let schema = cache.get(kind);
  if (!schema) {
    schema = z.toJSONSchema(ENTRY_SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    cache.set(kind, schema);
  }
  return schema;
}

export function labelOf(key: string): string {
  return DESK_FIELD_LABELS[key] ?? (FIELDS as Record<string, string>)[key] ?? key;
}

/**
 * The form of a kind. `organs` and `series` are the ids registered in the data files: their
 * fields become selects, so an editor picks a known organ instead of typing an id.
 */
export function formFields(
  kind: EntryKind,
  choices: { organs: readonly string[]; series: readonly string[]; labels?: Readonly<Record<string, string>> },
): FormField[] {
  const schema = jsonSchemaOf(kind);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => !MANAGED.has(key))
    .map(([key, property]) => {
      const base = { key, label: labelOf(key), required: required.has(key) };
      const optionLabels = choices.labels ?? {};
      if ((key === 'organ' || key === 'issuer') && choices.organs.length > 0)
        return { ...base, control: 'select', options: choices.organs, optionLabels };
      if (key === 'series' && choices.series.length > 0) return { ...base, control: 'select', options: choices.series, optionLabels };
      if (property.enum) return { ...base, control: 'select', options: property.enum };
      if (property.type === 'boolean') return { ...base, control: 'checkbox' };
      if (property.type === 'integer' || property.type === 'number') return { ...base, control: 'number' };
      if (property.type === 'string') return { ...base, control: DATE_KEY.test(key) ? 'date' : LONG_TEXT.has(key) ? 'textarea' : 'text' };
      if (property.type === 'array' && property.items?.enum) return { ...base, control: 'checkboxes', options: property.items.enum };
      if (property.type === 'array' && property.items?.type === 'string') return { ...base, control: 'lines' };
      return { ...base, control: 'yaml' };
    });
}

/** What a control shows for the header's value. */
export function displayValue(field: FormField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.control === 'lines') return Array.isArray(value) ? value.join('\n') : String(value);
  if (field.control === 'yaml') return dumpYaml(value);
  return String(value);
}

export interface FormInput {
  get(name: string): string | undefined;
  getAll(name: string): string[];
}

export type FormResult = { source: string } | { field: string; error: string };

/**
 * The entry text after a form was posted: each field of the form replaces its header value (an
 * emptied field is removed, so validation reports it as missing), fields the form does not show
 * (status, keys the schema no longer has) are kept for validation to judge.
 */
export function applyForm(source: string, fields: readonly FormField[], input: FormInput): FormResult {
  const { data } = splitSource(source);
  const next: Record<string, unknown> = { ...data };
  for (const field of fields) {
    const name = `f.${field.key}`;
    const raw = input.get(name);
    let value: unknown;
    switch (field.control) {
      case 'checkbox':
        value = raw === 'on';
        break;
      case 'checkboxes':
        value = input.getAll(name);
        break;
      case 'lines':
        value = (raw ?? '')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        break;
      case 'number':
        value = raw === undefined || raw.trim() === '' ? undefined : Number(raw);
        break;
      case 'yaml': {
        if (raw === undefined || raw.trim() === '') value = undefined;
        else {
          try {
            value = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
          } catch {
            return { field: field.key, error: DESK.errors.badYaml(field.label) };
          }
        }
        break;
      }
      default:
        value = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
    }
    if (value === undefined || (Array.isArray(value) && value.length === 0 && !(field.key in data))) delete next[field.key];
    else next[field.key] = value;
  }
  const body = input.get('body') ?? splitSource(source).body;
  return { source: joinSource(next, body.replace(/\r\n/g, '\n')) };
}
