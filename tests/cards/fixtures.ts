/** Small card inputs written for the tests, and PNG helpers. */
import { PNG } from 'pngjs';
import type { CardInput } from '../../src/cards/types.ts';

const common = {
  siteName: '明镜',
  organName: '某市某区纪委监委',
  date: '2024-03-12',
};

export const noticeInput: CardInput = {
  ...common,
  kind: 'clarifications',
  id: '2024-003',
  title: '关于为某镇某村党支部书记王某某澄清正名的通报',
  summary: '经核查，反映王某某的问题失实，予以澄清。',
  url: 'https://mingjing.example.gov.cn/v/7K3M-Q9TX/',
  docNumber: '某纪澄〔2024〕3号',
  subjectAlias: '王某某',
  subjectRole: '某镇某村党支部书记',
  points: ['其在村集体工程发包中收受好处', '反映其在低保评定中优亲厚友的问题'],
  verificationCode: '7K3M-Q9TX',
};

export const caseInput: CardInput = {
  ...common,
  kind: 'cases',
  id: 'case-05',
  title: '某街道推进老旧小区改造中因政策调整导致项目延期案',
  summary: '推进重点项目中出现失误，符合容错情形。',
  url: 'https://mingjing.example.gov.cn/cases/case-05/',
  serial: '容错〔2024〕第5号',
  gist: '干部在推进重点项目中，因上级政策调整导致工期延误，决策程序合规、未谋取私利且积极挽回损失的，可以依规免予问责。',
  decision: '免予问责',
};

export const poemInput: CardInput = {
  ...common,
  kind: 'culture',
  id: 'shihui-yin',
  title: '石灰吟',
  summary: '以石灰自喻，表达清白做人的志向。',
  url: 'https://mingjing.example.gov.cn/culture/shihui-yin/',
  form: '诗词',
  author: { name: '于谦', dynasty: '明' },
  lines: ['千锤万凿出深山，', '烈火焚烧若等闲。', '粉骨碎身浑不怕，', '要留清白在人间。'],
};

export const siteInput: CardInput = {
  ...common,
  kind: 'site',
  id: 'site',
  title: '明镜',
  summary: '澄清正名、容错纠错与廉洁文化的公开平台。',
  url: 'https://mingjing.example.gov.cn/',
};

export const allKinds: readonly CardInput[] = [noticeInput, caseInput, poemInput, siteInput];

export function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

/** Width and height from the IHDR chunk, without decoding. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
