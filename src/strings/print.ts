/**
 * Print text: community-board packs (公开栏张贴材料), the large-type board version of a notice,
 * poster print pages and the case handout. One section of the string system (ARCHITECTURE.md,
 * "Strings").
 */

const CHINESE_NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 7 → 七, 15 → 十五, 30 → 三十: how a notice writes a number of days. */
export function daysZh(days: number): string {
  if (days <= 10) return CHINESE_NUMERALS[days]!;
  if (days < 20) return `十${days % 10 === 0 ? '' : CHINESE_NUMERALS[days % 10]}`;
  if (days < 100) return `${CHINESE_NUMERALS[Math.floor(days / 10)]}十${days % 10 === 0 ? '' : CHINESE_NUMERALS[days % 10]}`;
  return String(days);
}

export const BOARD = {
  /** The pack's page title and cover heading. */
  packTitle: (place: string, month: string) => `${place}${month}澄清正名通知（公开栏张贴材料）`,
  packDescription: (place: string, month: string, count: number) =>
    `${month}发布、在${place}张贴的 ${count} 份澄清正名通知，大字排版，供打印张贴。`,
  coverHeading: '公开栏张贴材料',
  coverKind: '澄清正名通知',
  coverOrgan: '发布机关',
  coverPlace: '张贴地点',
  coverMonth: '发布月份',
  coverCount: (count: number) => `共 ${count} 份`,
  listCaption: '本期张贴的通知',
  listNumber: '序号',
  listTitle: '标题',
  listDocNumber: '文号',
  listDate: '发布日期',
  /** A notice whose 公开期 ends: it comes down then, whatever the posting period. */
  noticeUntil: (number: number, until: string) => `第 ${number} 份通知公开期至${until}，期满即取下。`,
  noDocNumber: '—',
  postingPeriod: (days: number) => `张贴期限：自张贴之日起${daysZh(days)}日。`,
  // Ideographic spaces leave room to write the date by hand.
  postingDate: '张贴日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日',
  postingNote: '请按清单顺序张贴；每份通知从新的一页起印，较长的通知续印在下一页。张贴期满后取下，随本清单存档。',
  /** How the copies are sealed: the site prints no seal, so the organ seals the paper. */
  sealing: '本材料由发布机关打印，并在每份通知的落款（发布机关名称和日期）上加盖发布机关公章后交张贴地点张贴；未盖章的打印件不得张贴。',
  sealingElectronic: '每份通知落款处印有发布机关的电子印章，打印后即可张贴。',
  sealingElectronicSome: '落款处印有电子印章的通知，打印后即可张贴；',
  sealImage: (issuer: string) => `${issuer}电子印章`,
  postingVerify: (host: string) => `每份通知末尾印有核验码和二维码，群众可扫码或在 ${host}/v/ 输入核验码核对通知真伪。`,
  verifyLine: (host: string, code: string) => `核验：扫描左下方二维码，或登录 ${host}/v/ 输入核验码 ${code}，核对本通知真伪。`,
  verificationCode: '核验码',
  runningHead: (issuer: string, title: string) => `${issuer}\u3000${title}`,
  print: '打印',
  printHint: '点“打印”后，在打印对话框中选择 A4 纸；要发送电子版，可选择“另存为 PDF”。',
  preview: '以下为打印预览：封面一页，之后每份通知一页（较长的通知续印在下一页）。',
  largeType: '公开栏大字版',
  largeTypeTitle: (title: string) => `${title}（公开栏大字版）`,
  largeTypeDescription: (title: string) => `${title}的大字排版，供社区（村）公开栏打印张贴。`,
  packsHeading: '公开栏张贴材料',
  packLink: (place: string, month: string, count: number) => `${place} ${month}（${count} 份）`,
} as const;

export const POSTER = {
  title: (title: string) => `${title}（海报打印）`,
  description: (title: string) => `${title}的海报，可用 A4 或 A3 纸打印张贴。`,
  printA4: '打印海报（A4）',
  printA3: '打印海报（A3）',
  sizeA4: 'A4',
  sizeA3: 'A3',
  otherSize: '换用另一种纸张：',
  hint: '打印时请在打印对话框中选择与本页相同的纸张大小，缩放选“默认”或“实际大小”。',
  scan: '扫码阅读全文',
  scanVerify: '扫码核验通知',
  imageOf: (title: string) => `${title}的海报`,
} as const;

export const HANDOUT = {
  /** The case handout's running head, in every printed page's top margin. */
  runningHead: '容错纠错案例 · 学习材料',
  /** 第 N 页，共 M 页: the text around the page counters in the bottom margin. */
  pageNumber: ['第 ', ' 页，共 ', ' 页'] as const,
} as const;
