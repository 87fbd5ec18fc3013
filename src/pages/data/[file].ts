/** `/data/<kind>.json` and `/data/<kind>.csv`: open data of published entries. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataRecord, toCsv } from '../../opendata/records.ts';
import { organsById, publishedOf, siteConfig } from '../../lib/page/site-data.ts';
import { absoluteUrl, entryPath } from '../../lib/shared/paths.ts';
import { ENTRY_KINDS, type EntryKind } from '../../schemas/vocabulary.ts';

export const getStaticPaths = (() =>
  ENTRY_KINDS.flatMap((kind) =>
    (['json', 'csv'] as const).map((format) => ({ params: { file: `${kind}.${format}` }, props: { kind, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: EntryKind; format: 'json' | 'csv' }> = async ({ props }) => {
  const { kind, format } = props;
  const organs = await organsById();
  const records = (await publishedOf(kind)).map((entry) =>
    openDataRecord(
      kind,
      entry,
      organs.get(entry.data.organ)?.name ?? entry.data.organ,
      absoluteUrl(siteConfig.site, siteConfig.base, entryPath(kind, entry.id)),
    ),
  );
  if (format === 'csv') return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
