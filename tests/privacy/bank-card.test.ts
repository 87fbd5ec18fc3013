import { describe, expect, it } from 'vitest';
import { detectBankCards, isBankCardNumber, passesLuhn } from '../../src/privacy/detectors/bank-card.ts';
import { valuesOf } from './helpers.ts';

const CARD16 = '4111111111111111';
const CARD19 = '6222021234567890128';

describe('bank-card detector', () => {
  it('implements Luhn', () => {
    expect(passesLuhn(CARD16)).toBe(true);
    expect(passesLuhn(CARD19)).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });

  it.each([
    [`卡号${CARD16}。`, CARD16],
    ['卡号4111 1111 1111 1111，', '4111 1111 1111 1111'],
    ['卡号4111-1111-1111-1111', '4111-1111-1111-1111'],
    [`卡号${CARD19}`, CARD19],
    ['卡号6222 0212 3456 7890 128', '6222 0212 3456 7890 128'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectBankCards(text))).toEqual([value]);
  });

  it('lets a site’s own 公安备案号 through where it is printed and linked, and only there', () => {
    // 33990002000001 passes Luhn: without its context it would be a card number.
    expect(passesLuhn('33990002000001')).toBe(true);
    expect(detectBankCards('测公网安备 33990002000001号')).toEqual([]);
    expect(detectBankCards('测公网安备33990002000001号')).toEqual([]);
    expect(detectBankCards('<a href="https://beian.mps.gov.cn/#/query/webSearch?code=33990002000001">')).toEqual([]);
    expect(valuesOf(detectBankCards('卡号33990002000001'))).toEqual(['33990002000001']);
    // A 16-digit card after the same words is still a card: the filing number has fourteen digits.
    expect(valuesOf(detectBankCards(`公网安备 ${CARD16}`))).toEqual([CARD16]);
  });

  it('ignores a 16-digit number that fails Luhn, short numbers and filler', () => {
    expect(detectBankCards('卡号4111111111111112')).toEqual([]);
    expect(detectBankCards('编号123456789012')).toEqual([]); // 12 digits
    expect(isBankCardNumber('0000000000000000')).toBe(false);
    expect(detectBankCards('举报电话12388，2024年3月12日')).toEqual([]);
  });
});
