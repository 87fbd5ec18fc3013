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
        serial: '第1号',
        scenario: '突发事件处置',
        decision: '免予问责',
        keywords: ['应急', '采购'],
        gist: '要旨',
        sector: '应急管理',
        exclusions: [],
      }),
    ],
    organs: [entry('organs', 'city', { id: 'city', name: '某市纪委监委', shortName: '市纪委监委', level: '市', region: '某市' })],
  }),
);

const { GET } = await import('../../src/pages/data/[file].ts');

describe('the open-data endpoint', () => {
  it('writes the structured fields of each published entry as JSON', async () => {
    const records = JSON.parse(await (await GET({ props: { kind: 'cases', format: 'json' } } as never)).text()) as Record<
      string,
      unknown
    >[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'c1', organ: '某市纪委监委', decision: '免予问责', keywords: '应急；采购' });
  });

  it('writes the same records as CSV with a BOM, quoting cells that need it', async () => {
    // Response.text() drops a BOM: read the bytes as a spreadsheet program would.
    const bytes = new Uint8Array(await (await GET({ props: { kind: 'cases', format: 'csv' } } as never)).arrayBuffer());
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('\uFEFFid,url,title,date,organ,summary,tags,serial,scenario,decision,keywords,gist,sector,exclusions');
    expect(row).toContain(',"容错案例, ""一""",2024-06-01,某市纪委监委,');
  });
});
