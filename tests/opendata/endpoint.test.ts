/** Open data from mocked collections: one record per published entry, JSON and CSV agree. */
import { describe, expect, it, vi } from 'vitest';
import { entry, mockedAstroContent } from '../helpers/astro-content.ts';

vi.mock('astro:content', () =>
  mockedAstroContent({
    cases: [
      entry('cases', 'c1', {
        title: '容错案例, "一"',
        date: '2024-06-01',
        organ: 'city',
        summary: '免予问责。',
        tags: [],
        series: 'city-cases',
        number: 3,
        batch: 2,
        scenario: '突发事件处置',
        decision: '免予问责',
        keywords: ['应急', '采购'],
        gist: '要旨',
        sector: '应急管理',
        exclusions: [],
      }),
    ],
    clarifications: [
      entry('clarifications', 'n1', {
        title: '关于对某镇副镇长柏某被反映问题的澄清说明',
        date: '2024-06-12',
        organ: 'city',
        summary: '经核查失实。',
        tags: [],
        docNumber: '某纪澄〔2024〕3号',
        subject: { type: '个人', alias: '柏某', role: '某镇人民政府副镇长', tier: '县管' },
        allegations: [{ summary: '反映其插手工程发包', finding: '失实' }],
        methods: ['书面', '会议'],
        scope: '在镇党委会议上通报',
        realNameReport: true,
        reporterFeedback: true,
        consent: true,
        delivery: { date: '2024-06-14', copyTo: ['其所在镇党委'] },
        // The store never holds an internal note; were one to slip in, open data still would not carry it.
        followUps: [{ date: '2024-07-16', method: '谈心谈话', internalNote: '内部记录标记寒露' }],
        falseAccusation: { action: '查处', organ: '县纪委监委', date: '2024-08-05', result: '给予党内警告处分' },
      }),
    ],
    series: [
      entry('series', 'city-cases', {
        id: 'city-cases',
        issuer: 'city',
        title: '某市容错纠错指导性案例',
        effect: '参照',
        effectNote: '参照执行。',
        batches: [],
      }),
    ],
    organs: [entry('organs', 'city', { id: 'city', name: '某市纪委监委', shortName: '市纪委监委', level: '市', region: '某市' })],
  }),
);

const { GET } = await import('../../src/pages/data/[file].ts');
const { csvCell, parseCsv, toCsv } = await import('../../src/opendata/records.ts');
const { OPEN_DATA_FIELDS } = await import('../../src/strings/pages.ts');

describe('the open-data endpoint', () => {
  it('writes the structured fields of each published entry as JSON', async () => {
    const records = JSON.parse(await (await GET({ props: { kind: 'cases', format: 'json' } } as never)).text()) as Record<
      string,
      unknown
    >[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: 'c1',
      organ: '某市纪委监委',
      series: '某市容错纠错指导性案例',
      number: 3,
      batch: 2,
      decision: '免予问责',
      keywords: '应急；采购',
    });
  });

  it('gives a notice’s tier, delivery and recorded false-accusation outcome, and of its visits only how many', async () => {
    const text = await (await GET({ props: { kind: 'clarifications', format: 'json' } } as never)).text();
    const [record] = JSON.parse(text) as Record<string, unknown>[];
    expect(record).toMatchObject({
      subjectType: '个人',
      subjectTier: '县管',
      deliveryDate: '2024-06-14',
      followUps: 1,
      falseAccusationAction: '查处',
      falseAccusationOrgan: '县纪委监委',
      falseAccusationDate: '2024-08-05',
      falseAccusationResult: '给予党内警告处分',
    });
    expect(text).not.toContain('内部记录标记寒露');
    expect(text).not.toContain('谈心谈话');
  });

  it('writes the same records as CSV with a BOM, quoting cells that need it', async () => {
    // Response.text() drops a BOM: read the bytes as a spreadsheet program would.
    const bytes = new Uint8Array(await (await GET({ props: { kind: 'cases', format: 'csv' } } as never)).arrayBuffer());
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('\uFEFFid,url,title,date,organ,summary,tags,series,number,batch,scenario,decision,keywords,gist,sector,exclusions');
    expect(row).toContain(',"容错案例, ""一""",2024-06-01,某市纪委监委,');
  });

  it('documents every field it writes, for each kind', async () => {
    for (const kind of ['cases', 'clarifications'] as const) {
      const [record] = JSON.parse(await (await GET({ props: { kind, format: 'json' } } as never)).text()) as Record<string, unknown>[];
      expect(Object.keys(record!), kind).toEqual(Object.keys(OPEN_DATA_FIELDS[kind]));
    }
  });
});

describe('CSV', () => {
  it('neutralises text a spreadsheet would run as a formula, and only text', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', 'plain', '2024-06-01'].map(csvCell)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@cmd",
      "'\tx",
      'plain',
      '2024-06-01',
    ]);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('parses back to the same rows it was written from', () => {
    const records = [
      { id: 'a', title: '标题, 带逗号', note: '引号"在内"', lines: '第一行\r\n第二行', formula: '=1+1', count: 3, flag: false },
      { id: 'b', title: '', note: '普通', lines: '', formula: '-x', count: 0, flag: true },
    ];
    const rows = parseCsv(toCsv(records));
    expect(rows[0]).toEqual(Object.keys(records[0]!));
    expect(rows.slice(1)).toEqual(
      records.map((r) => Object.values(r).map((v) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : String(v)))),
    );
  });
});
