/**
 * Full-width ASCII (１３８, ＱＱ, ＠, －) is common in pasted Chinese text and would otherwise
 * hide a number from every detector. Each full-width character is one UTF-16 unit, exactly like
 * its ASCII twin, so the folded string keeps every offset of the original.
 */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
