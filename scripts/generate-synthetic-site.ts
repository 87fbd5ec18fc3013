/**
 * `node scripts/generate-synthetic-site.ts --entries N --out DIR [--seed S]`: writes a synthetic,
 * privacy-clean content folder of N published entries to DIR. Build it with
 * `MINGJING_CONTENT_DIR=DIR npm run build -- --outDir …`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticContent } from '../src/bench/synthetic-content.ts';

const { values } = parseArgs({ options: { entries: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1 || !values.out) {
  console.error('用法：node scripts/generate-synthetic-site.ts --entries 条目数 --out 输出目录 [--seed 随机种子]');
  process.exit(2);
}
const started = performance.now();
const summary = await generateSyntheticContent(resolve(values.out), entries, Number(values.seed));
console.log(JSON.stringify({ ...summary, ms: Math.round(performance.now() - started) }, null, 2));
