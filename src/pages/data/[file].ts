/** `/data/<kind>.json` and `/data/<kind>.csv`: open data of published entries. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataRecord, toCsv, type OpenDataContext, type OpenDataEntry } from '../../opendata/records.ts';
import { organsById, pageKey, publishedOf, seriesById, siteConfig } from '../../lib/page/site-data.ts';
import { entryKey } from '../../lib/page/cache-key.ts';
import { absoluteUrl, entryPath } from '../../lib/shared/paths.ts';
import { ENTRY_KINDS, type EntryKind } from '../../schemas/vocabulary.ts';

export const getStaticPaths = (async () => {
  const [organs, series] = await Promise.all([organsById(), seriesById()]);
  return Promise.all(
    ENTRY_KINDS.flatMap((kind) =>
      (['json', 'csv'] as const).map(async (format) => ({
        params: { file: `${kind}.${format}` },
        props: { kind, format },
        // Every published entry of the kind, every organ a record may name, and for cases every
        // series (only a case's record names its series: opendata/records.ts) (lib/page/cache-key.ts).
        cacheKey: await pageKey({
          kind,
          format,
          entries: (await publishedOf(kind)).map(entryKey),
          organs: [...organs.values()],
          series: kind === 'cases' ? [...series.values()] : null,
        }),
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: EntryKind; format: 'json' | 'csv' }> = async ({ props }) => {
  const { kind, format } = props;
  const [organs, series] = await Promise.all([organsById(), seriesById()]);
  const context: OpenDataContext = {
    organName: (id) => organs.get(id)?.name ?? id,
    seriesTitle: (id) => series.get(id)?.title ?? id,
    url: (k, id) => absoluteUrl(siteConfig.site, siteConfig.base, entryPath(k, id)),
  };
  const records = (await publishedOf(kind)).map((entry) =>
    openDataRecord({ kind, id: entry.id, data: entry.data } as OpenDataEntry, context),
  );
  if (format === 'csv') return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
