import { describe, expect, it } from 'vitest';
import { maskSensitiveText, maskValue } from '../../src/privacy/mask.ts';
import { FINDING_KINDS, type FindingKind } from '../../src/privacy/types.ts';

const SAMPLES: Record<FindingKind, string[]> = {
  'id-card': ['330206198001011230', '11010519491231002X', '330206 19800101 1230', '330206800101123'],
  mobile: ['13812345678', '+86 138 1234 5678', '86-138-1234-5678'],
  landline: ['0574-87654321', '（0574）87654321', '010 6123456'],
  email: ['zhang.wei@example.com', '12345678@qq.com', 'li@yingzhou-family.cn'],
  'bank-card': ['4111111111111111', '6222 0212 3456 7890 128'],
  plate: ['浙B12345', '浙B·D12345', '粤BD12345'],
  address: ['中山路123号', '5幢2单元301室', '中山路123号5幢2单元301室'],
  qq: ['12345678', '10001'],
  wechat: ['wxid_abc123', 'zhang_san88'],
  name: ['李振华', '张伟', '欧阳振华'],
  reidentify: ['云岙镇石塘村党支部书记李某', '澄江区市场监管局副局长陈某某', '李某系云岙镇石塘村党支部书记'],
  denylist: ['王小二', '赵铁柱', '李'],
};

describe('maskValue', () => {
  it('covers every kind', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...FINDING_KINDS].sort());
  });

  it.each(FINDING_KINDS.flatMap((kind) => SAMPLES[kind].map((value) => [kind, value] as const)))(
    '%s %s: the mask neither equals nor contains the raw value',
    (kind, value) => {
      const masked = maskValue(kind, value);
      expect(masked).not.toBe(value);
      expect(masked).not.toContain(value);
      expect(masked).toContain('*');
    },
  );

  it('keeps the separator-free digits hidden too (no run of the raw digits survives)', () => {
    for (const kind of ['id-card', 'mobile', 'bank-card', 'landline'] as const) {
      for (const value of SAMPLES[kind]) {
        const digits = value.replace(/\D/g, '');
        expect(maskValue(kind, value).replace(/[^0-9X*]/g, '')).not.toContain(digits);
      }
    }
  });

  it('uses the familiar formats', () => {
    expect(maskValue('id-card', '330206198001011232')).toBe('3302**********1232');
    expect(maskValue('mobile', '13812345678')).toBe('138****5678');
    expect(maskValue('name', '李振华')).toBe('李**');
    expect(maskValue('name', '欧阳振华')).toBe('欧阳**');
    expect(maskValue('email', 'zhang.wei@example.com')).toBe('z***@example.com');
    expect(maskValue('email', 'li@yingzhou-family.cn')).toBe('l***@y***.cn');
    expect(maskValue('plate', '浙B12345')).toBe('浙B·***45');
    expect(maskValue('plate', '浙BD12345')).toBe('浙B·****45');
    expect(maskValue('address', '中山路123号')).toBe('中山路***号');
    expect(maskValue('bank-card', '4111111111111111')).toBe('**** **** **** 1111');
    expect(maskValue('landline', '0574-87654321')).toBe('0574-********');
    expect(maskValue('qq', '12345678')).toBe('1*******');
  });

  it('stars a value that no format can hide, such as a one-character deny-list entry', () => {
    expect(maskValue('denylist', '李')).toBe('*');
  });
});

describe('maskSensitiveText', () => {
  it('masks in place and leaves the rest of the text alone', () => {
    expect(maskSensitiveText('请联系13812345678（李某）')).toBe('请联系138****5678（李某）');
  });

  it('honours publicNames and the deny-list like scanText', () => {
    expect(maskSensitiveText('书记王建国出席', { publicNames: ['王建国'] })).toBe('书记王建国出席');
    expect(maskSensitiveText('王小二来了', { denylist: ['王小二'] })).toBe('王**来了');
  });

  it('masks full-width digits too', () => {
    expect(maskSensitiveText('手机１３８１２３４５６７８')).toBe('手机138****5678');
  });
});
