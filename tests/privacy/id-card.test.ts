import { describe, expect, it } from 'vitest';
import { detectIdCards, idCheckDigit, isValidIdNumber15, isValidIdNumber18 } from '../../src/privacy/detectors/id-card.ts';
import { valuesOf } from './helpers.ts';

const withCheck = (first17: string) => `${first17}${idCheckDigit(first17)}`;
const ID = withCheck('33020619800101123'); // 330206198001011230
const ID_X = '11010519491231002X'; // the GB 11643 worked example, check character X

describe('id-card detector', () => {
  it('knows the GB 11643 check digit, including X', () => {
    expect(ID).toBe('330206198001011230');
    expect(isValidIdNumber18(ID_X)).toBe(true);
    expect(isValidIdNumber18(ID_X.toLowerCase())).toBe(true);
  });

  it('finds an 18-digit number written whole, with X, with spaces and with hyphens', () => {
    expect(valuesOf(detectIdCards(`身份证号${ID}。`))).toEqual([ID]);
    expect(valuesOf(detectIdCards(`证件号码：${ID_X}，`))).toEqual([ID_X]);
    expect(valuesOf(detectIdCards('号码 330206 19800101 1230 已核'))).toEqual(['330206 19800101 1230']);
    expect(valuesOf(detectIdCards('号码330206-19800101-1230'))).toEqual(['330206-19800101-1230']);
    expect(valuesOf(detectIdCards('号码 3302 0619 8001 0112 30 已核'))).toEqual(['3302 0619 8001 0112 30']);
  });

  it('finds full-width digits through the scan (detectors see folded text)', async () => {
    const { scanText } = await import('../../src/privacy/scan.ts');
    const fullWidth = ID.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(scanText(`身份证${fullWidth}`, 'f').map((f) => f.kind)).toEqual(['id-card']);
  });

  it('finds the old 15-digit form only with a region code and a real birth date', () => {
    expect(isValidIdNumber15('330206800101123')).toBe(true);
    expect(valuesOf(detectIdCards('旧证号330206800101123'))).toEqual(['330206800101123']);
    expect(isValidIdNumber15('330206801301123')).toBe(false); // month 13
    expect(isValidIdNumber15('990206800101123')).toBe(false); // no province 99
    expect(detectIdCards('编号123456789012345')).toEqual([]);
  });

  it('does not report an 18-digit number whose check digit is wrong', () => {
    const wrong = `${ID.slice(0, 17)}${ID[17] === '9' ? '8' : '9'}`;
    expect(isValidIdNumber18(wrong)).toBe(false);
    expect(detectIdCards(`号码${wrong}`)).toEqual([]);
    expect(detectIdCards('号码330206198001011232')).toEqual([]); // check digit should be 0
  });

  it('requires a real birth date and province even when the check digit fits', () => {
    expect(isValidIdNumber18(withCheck('33020619801301123'))).toBe(false); // month 13
    expect(isValidIdNumber18(withCheck('99020619800101123'))).toBe(false); // province 99
    expect(isValidIdNumber18(withCheck('33020629800101123'))).toBe(false); // year 2980
  });

  it('does not read a number glued to letters or other digits as an ID', () => {
    expect(detectIdCards(`https://x.cn/a_${ID}`)).toEqual([]);
    expect(detectIdCards(`${ID}7`)).toEqual([]);
  });
});
