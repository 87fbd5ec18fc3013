/**
 * The privacy gate over what every card draws (ARCHITECTURE.md, "Invariants"): the exact texts
 * satori receives, after the templates have clamped, split and joined the entry's fields, are
 * scanned before any card is drawn, with the entry's own vouched-for names. A finding stops the
 * build naming the entry's file and the card field; no PNG holds text no check has read.
 *
 * Texts found clean are remembered by the cards' content hashes (clean-cache.ts), so a warm build
 * checks only the cards it draws anew.
 */
import { join } from 'node:path';
import type { ContentModel } from '../content/model.ts';
import { publicNamesOf } from '../content/model.ts';
import type { SiteConfig } from '../lib/node/config.ts';
import { detectorFingerprint, openCleanCache } from '../privacy/clean-cache.ts';
import { formatGateReport, loadDenylist, scanText, type Finding } from '../privacy/index.ts';
import { BUILD } from '../strings/build.ts';
import type { CardInput } from '../cards/types.ts';

export class CardLeakError extends Error {
  override name = 'CardLeakError';
}

export function cardTextChecker(model: ContentModel, config: SiteConfig) {
  const denylist = loadDenylist();
  const cache = openCleanCache(
    join(config.cacheDir, 'mingjing-card-text.txt'),
    JSON.stringify([denylist, detectorFingerprint(config.projectRoot)]),
  );
  const entries = new Map(model.published.map((entry) => [`${entry.kind}/${entry.id}`, entry]));
  return {
    check(input: CardInput, texts: () => readonly { field: string; text: string }[], key: string): void {
      const cacheKey = cache.keyOf(key);
      if (cache.has(cacheKey)) {
        cache.add(cacheKey);
        return;
      }
      const entry = entries.get(`${input.kind}/${input.id}`);
      const options = { publicNames: entry ? publicNamesOf(entry) : [], notNames: entry?.data.notNames ?? [], denylist };
      const findings: Finding[] = texts().flatMap(({ field, text }) =>
        scanText(text, BUILD.cardField(entry?.file ?? input.kind, field), options),
      );
      if (findings.length > 0) {
        const error = new CardLeakError(`${BUILD.cardLeak}${formatGateReport(findings)}`);
        error.stack = error.message;
        throw error;
      }
      cache.add(cacheKey);
    },
    save: () => cache.save(),
  };
}
