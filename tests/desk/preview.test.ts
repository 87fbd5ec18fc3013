/**
 * What the preview's templates receive (src/desk/preview/index.ts, previewCollections): the entry
 * as a build would store it once published, with every value the gate finds masked and internal
 * notes gone, beside the folder's published entries and data.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanOptionsOf, validatedWith } from '../../src/desk/gate/index.ts';
import { previewCollections } from '../../src/desk/preview/index.ts';
import { PROJECT_ROOT } from './helpers.ts';

let root: string;
let contentDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-desk-preview-'));
  contentDir = join(root, 'content');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/site'), contentDir, { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function prepared(source: string, slug = 'draft-preview') {
  const file = relative(root, join(contentDir, 'clarifications', `${slug}.md`));
  return previewCollections({
    kind: 'clarifications',
    slug,
    file,
    validation: validatedWith(source, 'clarifications', slug, contentDir, root),
    scan: scanOptionsOf(source, []),
    findings: 0,
  });
}

describe('the preview collections', () => {
  const published = () =>
    readFileSync(join(contentDir, 'clarifications', 'published-notice.md'), 'utf8').replace('status: published', 'status: draft');

  it('hold the entry as published, without internal notes, with a verification record of its own and one for every other notice', () => {
    const result = prepared(published())!;
    const own = result.store.collections['clarifications']!.find((entry) => entry.id === 'draft-preview')!;
    expect(own.data['status']).toBe('published');
    expect(JSON.stringify(own.data)).not.toContain('内部回访标记白露');
    expect(own.rendered?.html).toContain('核验标记明月');
    // The folder's other published notices on the website are there too, each with its verification
    // record (the notice page's getStaticPaths reads every notice's code); drafts are not.
    const ids = result.store.collections['clarifications']!.map((entry) => entry.id);
    expect(ids).toContain('published-notice');
    expect(ids).not.toContain('draft-notice');
    const records = result.store.collections['verifications']!.map((record) => record.data['entry']);
    expect(records.sort()).toEqual([...ids].sort());
    expect(result.store.collections['organs']!.map((organ) => organ.id)).toContain('test-county');
  });

  it('mask every value the gate finds, in the body and in the header', () => {
    const source = published().replace('scope: ', 'scope: 联系人欧阳正清，').replace('特此澄清', '村民欧阳正清说，特此澄清');
    const result = prepared(source)!;
    const own = result.store.collections['clarifications']!.find((entry) => entry.id === 'draft-preview')!;
    const everything = JSON.stringify(own);
    expect(everything).not.toContain('欧阳正清');
    expect(own.rendered?.html).toMatch(/欧\*+|欧阳\*+/);
  });

  it('link the first mention of a glossary term, with its definition, as the site does', () => {
    const source = published().replace(/\n---\n[^]*$/, '\n---\n\n经核查，予以澄清正名。再次澄清正名。\n');
    const own = prepared(source)!.store.collections['clarifications']!.find((entry) => entry.id === 'draft-preview')!;
    expect(own.rendered?.html).toContain('<a href="/glossary/chengqing/" class="term-link"><dfn>澄清正名</dfn></a>');
    expect(own.rendered?.html).toContain('对经核查失实的检举控告');
    expect(own.rendered?.html.match(/term-link/g)).toHaveLength(1);
  });

  it('is nothing while the entry does not match its schema (the page says what to fix instead)', () => {
    expect(prepared(published().replace(/^title: .*\n/m, ''))).toBeUndefined();
  });
});
