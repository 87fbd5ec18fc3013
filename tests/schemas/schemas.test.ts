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
    ['organ id with capitals', { organ: 'Yunxi' }, 'organ'],
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
    expect(clarificationSchema.parse(validClarification()).subject.alias).toBe('柏某');
  });

  it.each(['李振华', '李', '某某', 'Li Mou', '李某某某'])('rejects the person alias %s', (alias) => {
    const input = validClarification();
    input.subject.alias = alias;
    const result = clarificationSchema.safeParse(input);
    expect(failedPaths(result)).toEqual(['subject.alias']);
    expect(result.error?.issues[0]?.message).toContain('匿名化');
  });

  it('requires 某 in an organization alias', () => {
    const input = { ...validClarification(), subject: { type: '单位', alias: '芸溪区财政局', role: '被反映单位' } };
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

describe('clarification schema: subject, delivery, follow-ups, false accusation', () => {
  it.each(['党组织', '单位', '集体'])('takes a %s as subject, with no management tier', (type) => {
    const subject = { type, alias: '某镇某村党支部', role: '被反映组织' };
    expect(clarificationSchema.safeParse({ ...validClarification(), subject }).success).toBe(true);
    expect(failedPaths(clarificationSchema.safeParse({ ...validClarification(), subject: { ...subject, tier: '县管' } }))).toEqual([
      'subject.tier',
    ]);
  });

  it('requires a person’s 干部管理权限 and accepts only the five tiers', () => {
    const { tier: _omit, ...noTier } = validClarification().subject;
    const missing = clarificationSchema.safeParse({ ...validClarification(), subject: noTier });
    expect(failedPaths(missing)).toEqual(['subject.tier']);
    expect(missing.error?.issues[0]?.message).toContain('乡镇（街道）所属');
    for (const tier of ['村（社区）', '乡镇（街道）所属', '县管', '市管', '省管'])
      expect(
        clarificationSchema.safeParse({ ...validClarification(), subject: { ...validClarification().subject, tier } }).success,
        tier,
      ).toBe(true);
    // The old mixed list: workplace categories are not management tiers.
    for (const tier of ['乡镇（街道）干部', '其他公职人员', '单位'])
      expect(
        failedPaths(clarificationSchema.safeParse({ ...validClarification(), subject: { ...validClarification().subject, tier } })),
        tier,
      ).toEqual(['subject.tier']);
  });

  it('keeps the notice’s delivery and follow-up visits on or after its date', () => {
    const early = {
      ...validClarification(),
      delivery: { date: '2024-03-01', copyTo: [] },
      followUps: [{ date: '2024-03-11', method: '谈心谈话' }],
    };
    expect(failedPaths(clarificationSchema.safeParse(early)).sort()).toEqual(['delivery.date', 'followUps.0.date']);
  });

  it('gives a follow-up visit a date, a method and an optional internal note, and nothing else', () => {
    const visit = clarificationSchema.parse(validClarification()).followUps[0]!;
    expect(Object.keys(visit).sort()).toEqual(['date', 'internalNote', 'method']);
    const evaluated = { ...validClarification(), followUps: [{ date: '2024-04-02', method: '谈心谈话', summary: '群众评价良好' }] };
    // zod strips unknown keys; the pipeline reports them as problems (tests/content/validate.test.ts).
    expect(clarificationSchema.parse(evaluated).followUps[0]).not.toHaveProperty('summary');
  });

  it('records a false accusation as 移送 or 查处, by an organ, on a date', () => {
    const input = validClarification();
    expect(clarificationSchema.parse(input).falseAccusation).toEqual({ action: '移送', organ: '某区公安分局', date: '2024-03-10' });
    input.falseAccusation = { action: '已处理', organ: '', date: '2024-03-10' };
    expect(failedPaths(clarificationSchema.safeParse(input)).sort()).toEqual(['falseAccusation.action', 'falseAccusation.organ']);
    expect(failedPaths(clarificationSchema.safeParse({ ...validClarification(), falseAccusation: true }))).toEqual(['falseAccusation']);
  });
});

describe('clarification schema: chronology', () => {
  it('refuses a false-accusation handling dated after the notice, and says which way round the dates must be', () => {
    const later = {
      ...validClarification(),
      falseAccusation: { action: '查处', organ: '某区纪委监委', date: '2024-08-05', result: '给予党内警告处分' },
    };
    const result = clarificationSchema.safeParse(later);
    expect(failedPaths(result)).toEqual(['falseAccusation.date']);
    expect(result.error?.issues[0]?.message).toBe('诬告陷害处理日期不晚于发布日期');
    // The same day is fine: the notice states a handling decided that day.
    expect(clarificationSchema.safeParse({ ...later, falseAccusation: { ...later.falseAccusation, date: later.date } }).success).toBe(true);
  });

  it('takes posting places as id and name, and refuses an id that is no address', () => {
    const input = { ...validClarification(), postingPlaces: [{ id: 'Village Board', name: '' }] };
    expect(failedPaths(clarificationSchema.safeParse(input)).sort()).toEqual(['postingPlaces.0.id', 'postingPlaces.0.name']);
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
    const refused = { ...validCase(), decision: '不予容错', accountability: [{ target: '领导干部', measure: '诫勉' }] };
    expect(failedPaths(caseSchema.safeParse(refused))).toEqual(['exclusions']);
    expect(caseSchema.safeParse({ ...refused, exclusions: ['谋取私利'] }).success).toBe(true);
  });

  it('limits 问责方式 to those of 《问责条例》 art. 8 for each target: 批评教育 is none of them', () => {
    const lighter = (accountability: unknown) => caseSchema.safeParse({ ...validCase(), decision: '从轻问责', accountability });
    expect(lighter([{ target: '领导干部', measure: '通报' }]).success).toBe(true);
    expect(lighter([{ target: '党组织', measure: '检查' }]).success).toBe(true);
    const criticism = lighter([{ target: '领导干部', measure: '批评教育' }]);
    expect(failedPaths(criticism)).toEqual(['accountability.0.measure']);
    expect(criticism.error?.issues[0]?.message).toContain('通报、诫勉、组织调整或者组织处理、纪律处分');
    expect(criticism.error?.issues[0]?.message).toContain('批评教育不是问责方式');
    // 诫勉 is for a cadre, 改组 for an organisation: each target has its own measures.
    expect(failedPaths(lighter([{ target: '党组织', measure: '诫勉' }]))).toEqual(['accountability.0.measure']);
    expect(failedPaths(lighter([{ target: '领导干部', measure: '改组' }]))).toEqual(['accountability.0.measure']);
    expect(failedPaths(lighter([{ target: '村民', measure: '通报' }]))).toEqual(['accountability.0.target']);
  });

  it('requires a 问责方式 for a decision that holds someone to account, and none for one that does not', () => {
    expect(failedPaths(caseSchema.safeParse({ ...validCase(), decision: '减轻问责' }))).toEqual(['accountability']);
    expect(failedPaths(caseSchema.safeParse({ ...validCase(), decision: '不予容错', exclusions: ['谋取私利'] }))).toEqual([
      'accountability',
    ]);
    expect(
      failedPaths(
        caseSchema.safeParse({ ...validCase(), decision: '免予问责', accountability: [{ target: '领导干部', measure: '通报' }] }),
      ),
    ).toEqual(['accountability']);
  });

  it('keeps a member who is not a leading cadre out of a 问责 decision, and allows 政务处分 only where tolerance is refused', () => {
    const other = [{ target: '其他党员和公职人员', measure: '政务处分' }];
    expect(failedPaths(caseSchema.safeParse({ ...validCase(), decision: '从轻问责', accountability: other }))).toEqual([
      'accountability.0.target',
    ]);
    expect(caseSchema.safeParse({ ...validCase(), decision: '不予容错', exclusions: ['谋取私利'], accountability: other }).success).toBe(
      true,
    );
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
      { stage: '研究认定', date: '2024-03-01' },
      { stage: '启动实施', date: '2024-04-02' },
    ];
    expect(failedPaths(caseSchema.safeParse(input))).toEqual(['process.1.stage']);
  });

  it('knows 不予问责 as a decision of its own, distinct from 免予问责', () => {
    expect(caseSchema.parse({ ...validCase(), decision: '不予问责' }).decision).toBe('不予问责');
    expect(failedPaths(caseSchema.safeParse({ ...validCase(), decision: '免责' }))).toEqual(['decision']);
  });

  it('numbers a case in a series and batch, from 1', () => {
    expect(failedPaths(caseSchema.safeParse({ ...validCase(), number: 0, batch: 1.5 })).sort()).toEqual(['batch', 'number']);
    const { series: _omit, ...noSeries } = validCase();
    expect(failedPaths(caseSchema.safeParse(noSeries))).toEqual(['series']);
  });

  it('can quote the cited article', () => {
    const basis = [
      { title: '《中华人民共和国行政处罚法》', article: '第三十三条', text: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚。' },
    ];
    expect(caseSchema.parse({ ...validCase(), basis }).basis[0]?.text).toContain('可以不予行政处罚');
  });

  it('keeps process dates in order and not after the date of issue', () => {
    const input = validCase();
    input.process = [
      { stage: '启动实施', date: '2024-03-10' },
      { stage: '调查核实', date: '2024-03-01' },
      { stage: '研究认定', date: '2024-06-01' },
    ];
    expect(failedPaths(caseSchema.safeParse(input))).toEqual(['process.1.date', 'process.2.date']);
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
        id: 'yingzhou-city',
        name: '潆州市纪委监委',
        shortName: '市纪委监委',
        level: '市',
        parent: 'jilan-province',
        region: '潆州市',
      }).success,
    ).toBe(true);
    expect(failedPaths(organSchema.safeParse({ id: 'x', name: 'n', shortName: 's', level: '区', region: 'r' }))).toEqual(['level']);
  });

  it('validates a glossary term', () => {
    expect(glossaryTermSchema.parse({ id: 'cheng-qing', term: '澄清正名', definition: '释义' }).related).toEqual([]);
    expect(failedPaths(glossaryTermSchema.safeParse({ id: 'cheng-qing', term: '澄清正名' }))).toEqual(['definition']);
  });

  it('validates yearly stats as non-negative integers, each with its unit', () => {
    const row = {
      id: 's-2023',
      year: 2023,
      organ: 'yingzhou-city',
      clarifiedPersons: { value: 12, unit: '人' },
      source: { outlet: '市级党报', date: '2024-01', counts: '全市 2023 年' },
    };
    expect(yearlyStatsSchema.safeParse(row).success).toBe(true);
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, clarifiedPersons: { value: -1, unit: '人' } }))).toEqual([
      'clarifiedPersons.value',
    ]);
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, clarifiedPersons: { value: 1.5, unit: '人' } }))).toEqual([
      'clarifiedPersons.value',
    ]);
  });

  it('refuses a figure without its unit, or in a unit the figure is not counted in, saying which units are', () => {
    const row = { id: 's', year: 2023, organ: 'x', source: { outlet: '报', date: '2024-01', counts: '全市' } };
    const bare = yearlyStatsSchema.safeParse({ ...row, clarifiedPersons: 12 });
    expect(failedPaths(bare)).toEqual(['clarifiedPersons']);
    expect(bare.error?.issues[0]?.message).toContain('unit（单位：人、人次）');
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, clarifiedPersons: { value: 12 } }))).toEqual(['clarifiedPersons.unit']);
    const wrong = yearlyStatsSchema.safeParse({ ...row, disciplinedPromoted: { value: 3, unit: '起' } });
    expect(failedPaths(wrong)).toEqual(['disciplinedPromoted.unit']);
    expect(wrong.error?.issues[0]?.message).toContain('人');
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, toleranceFilings: { value: 3, unit: '人次' } }))).toEqual([
      'toleranceFilings.unit',
    ]);
    expect(
      yearlyStatsSchema.parse({ ...row, disciplinedPromoted: { value: 3, unit: '人', reportedBy: '市委组织部' } }).disciplinedPromoted,
    ).toEqual({ value: 3, unit: '人', reportedBy: '市委组织部' });
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, disciplinedPromoted: { value: 3, unit: '人', reportedBy: ' ' } }))).toEqual([
      'disciplinedPromoted.reportedBy',
    ]);
  });

  it('leaves an undisclosed figure absent, never 0, and keeps 备案 apart from 容错认定', () => {
    const parsed = yearlyStatsSchema.parse({
      id: 'f',
      year: 2023,
      organ: 'meichuan-county',
      toleranceFilings: { value: 9, unit: '项' },
      source: { outlet: '报', date: '2023-09', counts: '备案数' },
    });
    expect(parsed.toleranceFilings).toEqual({ value: 9, unit: '项' });
    expect(parsed).not.toHaveProperty('toleranceDecisions');
    expect(parsed).not.toHaveProperty('clarifiedPersons');
  });

  it('requires each row’s source: outlet, a month or day, and what it counts', () => {
    const row = { id: 's', year: 2023, organ: 'x', source: { outlet: '市级党报', date: '2024-01', counts: '全市' } };
    expect(yearlyStatsSchema.safeParse(row).success).toBe(true);
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, source: '公开报道' }))).toEqual(['source']);
    expect(failedPaths(yearlyStatsSchema.safeParse({ ...row, source: { outlet: '报', date: '2024年1月', counts: '' } })).sort()).toEqual([
      'source.counts',
      'source.date',
    ]);
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
