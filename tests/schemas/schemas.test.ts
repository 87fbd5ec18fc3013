import { describe, expect, it } from 'vitest';
import { clarificationSchema } from '../../src/schemas/clarification.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { cultureSchema } from '../../src/schemas/culture.ts';
import { glossaryTermSchema, organSchema, yearlyStatsSchema } from '../../src/schemas/data.ts';
import { isAnonymizedPersonAlias } from '../../src/names/index.ts';
import { validCase, validClarification, validCulture } from './fixtures.ts';

/** The dotted paths of every issue, so a test states exactly which field failed. */
function failedPaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('shared base fields', () => {
  it('defaults status to draft, so nothing is public unless it says so', () => {
    const { status: _omit, ...rest } = validCulture();
    const result = cultureSchema.parse(rest);
    expect(result.status).toBe('draft');
  });

  it('normalises an unquoted YAML date (a Date) to YYYY-MM-DD', () => {
    const result = cultureSchema.parse({ ...validCulture(), date: new Date('2024-01-05T00:00:00Z') });
    expect(result.date).toBe('2024-01-05');
  });

  it.each([
    ['title', { title: undefined }, 'title'],
    ['title blank', { title: '   ' }, 'title'],
    ['date not a day', { date: '2024-02-30' }, 'date'],
    ['date wrong form', { date: '2024/03/12' }, 'date'],
    ['organ id with capitals', { organ: 'Donghu' }, 'organ'],
    ['status unknown', { status: 'public' }, 'status'],
    ['summary over 120 chars', { summary: '字'.repeat(121) }, 'summary'],
  ])('rejects %s', (_label, patch, path) => {
    const result = cultureSchema.safeParse({ ...validCulture(), ...patch });
    expect(result.success).toBe(false);
    expect(failedPaths(result)).toContain(path);
  });

  it('accepts a summary of exactly 120 characters', () => {
    expect(cultureSchema.safeParse({ ...validCulture(), summary: '字'.repeat(120) }).success).toBe(true);
  });
});

describe('clarification schema', () => {
  it('accepts a complete notice', () => {
    expect(clarificationSchema.parse(validClarification()).subject.alias).toBe('李某');
  });

  it.each(['李振华', '李', '某某', 'Li Mou', '李某某某'])('rejects the person alias %s', (alias) => {
    const input = validClarification();
    input.subject.alias = alias;
    const result = clarificationSchema.safeParse(input);
    expect(failedPaths(result)).toEqual(['subject.alias']);
    expect(result.error?.issues[0]?.message).toContain('匿名化');
  });

  it('requires 某 in an organization alias', () => {
    const input = { ...validClarification(), subject: { type: 'organization', alias: '东湖区财政局', role: '单位', tier: '单位' } };
    expect(failedPaths(clarificationSchema.safeParse(input))).toEqual(['subject.alias']);
    input.subject.alias = '某区某局';
    expect(clarificationSchema.safeParse(input).success).toBe(true);
  });

  it('refuses to publish without consent, but allows a draft without it', () => {
    const noConsent = { ...validClarification(), consent: false };
    expect(failedPaths(clarificationSchema.safeParse(noConsent))).toEqual(['consent']);
    expect(clarificationSchema.safeParse({ ...noConsent, status: 'draft' }).success).toBe(true);
  });

  it('only clarifies allegations found untrue', () => {
    const input = validClarification();
    input.allegations = [{ summary: '某问题', finding: '属实' }];
    expect(failedPaths(clarificationSchema.safeParse(input))).toEqual(['allegations.0.finding']);
  });

  it('needs at least one allegation and one method', () => {
    const result = clarificationSchema.safeParse({ ...validClarification(), allegations: [], methods: [] });
    expect(failedPaths(result).sort()).toEqual(['allegations', 'methods']);
  });

  it('rejects an unknown tier and method', () => {
    const result = clarificationSchema.safeParse({
      ...validClarification(),
      methods: ['广播'],
      subject: { ...validClarification().subject, tier: '厅官' },
    });
    expect(failedPaths(result).sort()).toEqual(['methods.0', 'subject.tier']);
  });
});

describe('case schema', () => {
  it('accepts a complete case', () => {
    expect(caseSchema.parse(validCase()).exclusions).toEqual([]);
  });

  it('requires every one of the four tests', () => {
    const input = validCase() as Record<string, unknown>;
    input['assessment'] = { ...validCase().assessment, integrity: undefined };
    expect(failedPaths(caseSchema.safeParse(input))).toEqual(['assessment.integrity']);
  });

  it('requires exclusions when tolerance is refused', () => {
    const refused = { ...validCase(), decision: '不予容错' };
    expect(failedPaths(caseSchema.safeParse(refused))).toEqual(['exclusions']);
    expect(caseSchema.safeParse({ ...refused, exclusions: ['谋取私利'] }).success).toBe(true);
  });

  it('takes 1 to 7 keywords', () => {
    expect(failedPaths(caseSchema.safeParse({ ...validCase(), keywords: [] }))).toEqual(['keywords']);
    expect(failedPaths(caseSchema.safeParse({ ...validCase(), keywords: Array.from({ length: 8 }, (_, i) => `词${i}`) }))).toEqual([
      'keywords',
    ]);
  });

  it('keeps process stages in order', () => {
    const input = validCase();
    input.process = [
      { stage: '研究认定', date: '2024-04-02' },
      { stage: '启动实施', date: '2024-03-01' },
    ];
    expect(failedPaths(caseSchema.safeParse(input))).toEqual(['process.1.stage']);
  });

  it('rejects a scenario outside the controlled vocabulary', () => {
    const result = caseSchema.safeParse({ ...validCase(), scenario: '招商引资' });
    expect(failedPaths(result)).toEqual(['scenario']);
    expect(result.error?.issues[0]?.message).toContain('优化营商环境');
  });
});

describe('culture schema', () => {
  it('requires an author for a poem', () => {
    const { author: _omit, ...rest } = validCulture();
    expect(failedPaths(cultureSchema.safeParse(rest))).toEqual(['author']);
  });

  it('requires an image with alt text for a poster, and never a remote URL', () => {
    const poster = { ...validCulture(), form: '海报', author: undefined };
    expect(failedPaths(cultureSchema.safeParse(poster))).toEqual(['image']);
    expect(failedPaths(cultureSchema.safeParse({ ...poster, image: { src: 'images/a.svg', alt: '' } }))).toEqual(['image.alt']);
    expect(failedPaths(cultureSchema.safeParse({ ...poster, image: { src: 'https://cdn.example.com/a.png', alt: '海报' } }))).toEqual([
      'image.src',
    ]);
    expect(cultureSchema.safeParse({ ...poster, image: { src: 'images/a.svg', alt: '廉洁海报' } }).success).toBe(true);
  });
});

describe('data file schemas', () => {
  it('validates an organ', () => {
    expect(
      organSchema.safeParse({
        id: 'mingzhou-city',
        name: '明州市纪委监委',
        shortName: '市纪委监委',
        level: '市',
        parent: 'donghai-province',
        region: '明州市',
      }).success,
    ).toBe(true);
    expect(failedPaths(organSchema.safeParse({ id: 'x', name: 'n', shortName: 's', level: '区', region: 'r' }))).toEqual(['level']);
  });

  it('validates a glossary term', () => {
    expect(glossaryTermSchema.parse({ id: 'cheng-qing', term: '澄清正名', definition: '释义' }).related).toEqual([]);
    expect(failedPaths(glossaryTermSchema.safeParse({ id: 'cheng-qing', term: '澄清正名' }))).toEqual(['definition']);
  });

  it('validates yearly stats as non-negative integers', () => {
    const row = { id: 's-2023', year: 2023, organ: 'mingzhou-city', clarifiedPersons: 12, source: '公开报道' };
    expect(yearlyStatsSchema.safeParse(row).success).toBe(true);
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, clarifiedPersons: -1 }))).toEqual(['clarifiedPersons']);
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, clarifiedPersons: 1.5 }))).toEqual(['clarifiedPersons']);
  });
});

describe('anonymized aliases', () => {
  it.each(['李某', '曹某某', '张某甲', '王乙', '欧阳某', '司马某某'])('accepts %s', (alias) => {
    expect(isAnonymizedPersonAlias(alias)).toBe(true);
  });
  it.each(['李振华', '欧阳修', '某某', '李某人', ''])('rejects %s', (alias) => {
    expect(isAnonymizedPersonAlias(alias)).toBe(false);
  });
});
