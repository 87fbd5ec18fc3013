import { describe, expect, it } from 'vitest';
import { normaliseCode, verificationCodeFor } from '../../src/verify/code.ts';

const notice = {
  organ: 'yunxi-district',
  date: '2024-03-12',
  docNumber: '芸纪澄〔2024〕3号',
  title: '关于对某村党支部书记李某有关问题的澄清说明',
  subject: { alias: '李某', role: '某村党支部书记' },
  allegations: [{ summary: '反映其优亲厚友' }],
};
const body = '经核查，该问题失实。\n\n特此澄清。';

describe('verification codes', () => {
  it('are eight unambiguous base32 characters, stable for the same notice', () => {
    const code = verificationCodeFor(notice, body);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(verificationCodeFor(structuredClone(notice), body)).toBe(code);
  });

  it('ignore re-wrapped whitespace but change when the substance changes', () => {
    const code = verificationCodeFor(notice, body);
    expect(verificationCodeFor(notice, '经核查，该问题失实。 特此澄清。')).toBe(code);
    expect(verificationCodeFor(notice, '经核查，该问题属实。\n\n特此澄清。')).not.toBe(code);
    expect(verificationCodeFor({ ...notice, date: '2024-03-13' }, body)).not.toBe(code);
    expect(verificationCodeFor({ ...notice, subject: { ...notice.subject, alias: '王某' } }, body)).not.toBe(code);
  });

  it('read a typed code forgivingly', () => {
    const code = verificationCodeFor(notice, body);
    expect(normaliseCode(code.toLowerCase().replace('-', ' '))).toBe(code);
    expect(normaliseCode('OOOO-IIII')).toBe('0000-1111');
    expect(normaliseCode('ABC')).toBeUndefined();
    expect(normaliseCode('ABCD-EFGU')).toBeUndefined();
  });
});
