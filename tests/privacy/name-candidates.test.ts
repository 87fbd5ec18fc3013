/**
 * The name detector's near misses (可能是人名), which the desk shows and the gate does not report:
 * listing them never changes what the gate finds, vouched words silence them, and a span the gate
 * reports is a finding, never also a candidate.
 */
import { describe, expect, it } from 'vitest';
import { scanNameCandidates, scanText } from '../../src/privacy/index.ts';

const NEAR = '村里请来向苗圃负责人了解情况。';

describe('uncertain name candidates', () => {
  it('lists a reading just under the threshold that the gate lets through', () => {
    expect(scanText(NEAR, 'a.md')).toEqual([]);
    const candidates = scanNameCandidates(NEAR, 'a.md');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ kind: 'name', line: 1, column: 5 });
    expect(candidates[0]!.excerpt).not.toContain('苗圃');
  });

  it('is silenced by notNames and publicNames, as names are', () => {
    expect(scanNameCandidates(NEAR, 'a.md', { notNames: ['向苗圃'] })).toEqual([]);
    expect(scanNameCandidates(NEAR, 'a.md', { publicNames: ['向苗圃'] })).toEqual([]);
  });

  it('never lists what the gate reports, and leaves the gate as it was', () => {
    const text = `经核查，村民欧阳正清反映的问题失实。${NEAR}`;
    const findings = scanText(text, 'a.md');
    expect(findings.map((finding) => finding.kind)).toEqual(['name']);
    const candidates = scanNameCandidates(text, 'a.md');
    expect(candidates.map((candidate) => candidate.column)).toEqual([[...`经核查，村民欧阳正清反映的问题失实。村里请来`].length + 1]);
    expect(candidates.some((candidate) => candidate.column === findings[0]!.column)).toBe(false);
  });

  it('ignores plain prose without surname-led readings near the threshold', () => {
    expect(scanNameCandidates('经核查，反映的问题失实，特此澄清。', 'a.md')).toEqual([]);
  });
});
