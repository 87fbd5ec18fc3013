/**
 * WeChat ids (6–20 characters, starting with a letter) look like any Latin word, so they are
 * reported after a WeChat cue in any bracket style (微信号：zhang_san88, 微信（ID：…）, WeChat: …),
 * and `wxid_…` handles, which only WeChat issues, wherever they stand. A WeChat id that is a
 * mobile number is caught by the mobile detector. 微信公众号 (an organ's public account) does not
 * match: no id may follow 微信 directly there.
 *
 * The Latin cues (vx, wechat, weixin) count only as words of their own: a verification code such
 * as 2VXG-TPEQ or VXKA-X0F2 holds the letters VX, and one notice in about 500 has such a code, so
 * a cue glued to letters or digits on either side would fail the build on a notice no editor can
 * change (its code follows from its text). `vxabc12345`, glued, is therefore not reported.
 */
import type { RawMatch } from '../types.ts';

const WECHAT =
  /(?:(?<![A-Za-z])(?:微信|v信)|(?<![A-Za-z0-9])(?:wechat|weixin|vx)(?![A-Za-z0-9]))\s*(?:号码|号|账号|ID)?\s*(?:是|为)?\s*[:：]?\s*[([【]?\s*(?:(?:ID|id|微信号|号)\s*[:：]?\s*)?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/gi;
/** Old WeChat accounts: wxid_ plus letters and digits. Nothing else uses the prefix. */
const WXID = /(?<![-_A-Za-z0-9])wxid_[A-Za-z0-9]{4,30}(?![-_A-Za-z0-9])/gi;

/** WeChat ids announced by a WeChat cue, and every wxid_ handle; each match covers the id only. */
export function detectWechatIds(text: string): RawMatch[] {
  const matches: RawMatch[] = [...text.matchAll(WECHAT)].map((m) => {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    return { start, end: start + value.length, kind: 'wechat' as const, value };
  });
  for (const m of text.matchAll(WXID)) {
    if (!matches.some((found) => found.start === m.index))
      matches.push({ start: m.index, end: m.index + m[0].length, kind: 'wechat', value: m[0] });
  }
  return matches;
}
