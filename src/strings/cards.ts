/** Every fixed Chinese string printed on a card, in one place. */
export const CARDS = {
  noticeLabel: '澄清正名',
  noticeSubject: '澄清对象',
  noticeIssuer: '发布机关',
  noticePointsHeading: '经核查',
  scanToVerify: '扫码核验',
  verificationCode: '核验码',
  caseLabel: '容错纠错',
  caseSubLabel: '指导性案例',
  caseSerial: '案例编号',
  caseGist: '要旨',
  caseDecision: '认定结果',
  cultureLabel: '廉洁文化',
  cultureSeal: '清风',
  siteLabel: '澄清正名 · 容错纠错 · 廉洁文化',
  scanToRead: '扫码阅读全文',
  ellipsis: '…',
} as const;
