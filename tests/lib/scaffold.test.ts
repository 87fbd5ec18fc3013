import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { entryTemplate } from '../../src/scaffold/templates.ts';
import { ENTRY_SCHEMAS } from '../../src/validation/validate.ts';
import { splitFrontMatter } from '../../src/validation/read-content.ts';
import { ENTRY_KINDS } from '../../src/schemas/vocabulary.ts';

describe('entry templates', () => {
  it.each(ENTRY_KINDS)('%s template parses, validates and starts as a draft', (kind) => {
    const source = entryTemplate(kind, '2026-11-22', 'mingzhou-city');
    const { yamlText } = splitFrontMatter(source);
    const data = ENTRY_SCHEMAS[kind].parse(yaml.load(yamlText ?? '', { schema: yaml.CORE_SCHEMA }));
    expect(data.status).toBe('draft');
    expect(data.organ).toBe('mingzhou-city');
  });

  it('a case template has the four required sections', () => {
    const source = entryTemplate('cases', '2026-11-22', 'x');
    for (const section of ['基本情况', '核查认定', '处理结果', '典型意义']) expect(source).toContain(`## ${section}`);
  });
});
