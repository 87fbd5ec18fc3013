import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../src/content/front-matter.ts';
import { ENTRY_SCHEMAS } from '../../src/content/validate.ts';
import { entryTemplate } from '../../src/scaffold/templates.ts';
import { ENTRY_KINDS } from '../../src/schemas/vocabulary.ts';

describe('entry templates', () => {
  it.each(ENTRY_KINDS)('%s template parses, validates and starts as a draft', (kind) => {
    const source = entryTemplate(kind, '2026-11-22', 'mingzhou-city');
    const parsed = parseEntryFile(source);
    expect(parsed.error).toBeUndefined();
    const data = ENTRY_SCHEMAS[kind].parse(parsed.data);
    expect(data.status).toBe('draft');
    expect(data.organ).toBe('mingzhou-city');
  });

  it('a case template has the four required sections', () => {
    const source = entryTemplate('cases', '2026-11-22', 'x');
    for (const section of ['基本情况', '核查认定', '处理结果', '典型意义']) expect(source).toContain(`## ${section}`);
  });
});
