/** `/data/<kind>.json` and `/data/<kind>.csv`: open data of published entries. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataRecord, toCsv, type OpenDataContext, type OpenDataEntry } from '../../opendata/records.ts';
import { organsById, publishedOf, seriesById, siteConfig } from '../../lib/page/site-data.ts';
import { absoluteUrl, entryPath } from '../../lib/shared/paths.ts';
import { ENTRY_KINDS, type EntryKind } from '../../schemas/vocabulary.ts';

export const getStaticPaths = (() =>
  ENTRY_KINDS.flatMap((kind) =>
    (['json', 'csv'] as const).map((format) => ({ params: { file: `${kind}.${format}` }, props: { kind, format } })),
  )) satisfies GetStaticPaths;

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
