/**
 * WeChat ids (6–20 characters, starting with a letter; wxid_… for old accounts) look like any
 * Latin word, so they are only reported after a WeChat cue: 微信号：wxid_abc123, 微信 zhang_san88,
 * WeChat: … A WeChat id that is a mobile number is caught by the mobile detector. 微信公众号
 * (an organ's public account) does not match, since no id may follow 微信 directly there.
 */
import type { RawMatch } from '../types.ts';

const WECHAT =
  /(?<![A-Za-z])(?:微信|wechat|weixin|vx|v信)\s*(?:号码|号|ID)?\s*(?:是|为)?\s*[:：]?\s*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/gi;

/** WeChat ids announced by a WeChat cue; the match covers the id only. */
export function detectWechatIds(text: string): RawMatch[] {
  return [...text.matchAll(WECHAT)].map((m) => {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    return { start, end: start + value.length, kind: 'wechat' as const, value };
  });
}
