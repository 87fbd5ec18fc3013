import { describe, expect, it } from 'vitest';
import { detectEmails } from '../../src/privacy/detectors/email.ts';
import { valuesOf } from './helpers.ts';

describe('email detector', () => {
  it.each([
    ['邮箱zhang.wei@example.com。', 'zhang.wei@example.com'],
    ['发至12345678@qq.com，', '12345678@qq.com'],
    ['邮箱：li-ming+ok@mail.yingzhou.gov.cn', 'li-ming+ok@mail.yingzhou.gov.cn'],
    ['[写信](mailto:a_b@163.com)', 'a_b@163.com'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectEmails(text))).toEqual([value]);
  });

  it.each(['@某某', '潆州纪委@微信公众号', 'a@b', '版本 v1.2@2024', '2024年3月12日'])('ignores %s', (text) => {
    expect(detectEmails(text)).toEqual([]);
  });
});
