import { describe, expect, it } from 'vitest';
import { detectWechatIds } from '../../src/privacy/detectors/wechat.ts';
import { valuesOf } from './helpers.ts';

describe('wechat detector', () => {
  it.each([
    ['微信号：wxid_abc123', 'wxid_abc123'],
    ['微信 zhang_san88', 'zhang_san88'],
    ['微信:zhangsan-1990，', 'zhangsan-1990'],
    ['WeChat: liming2024', 'liming2024'],
    ['加VX abc12345', 'abc12345'],
    ['vx号：abc12345', 'abc12345'],
    ['（VX：liming2024）', 'liming2024'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectWechatIds(text))).toEqual([value]);
  });

  it.each([
    '关注微信公众号 mzjw2024',
    '微信 Pay',
    'zhang_san88',
    '微信扫码',
    '微信：13812345678',
    // Verification codes holding the letters VX (the cue must be a word of its own).
    '核验码 2VXG-TPEQ',
    '核验码：VXKA-X0F2',
    '/v/vxyw-j6nh/',
  ])('ignores %s', (text) => {
    expect(detectWechatIds(text)).toEqual([]);
  });
});
