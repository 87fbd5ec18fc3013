// @ts-check
/**
 * ESLint: typescript-eslint and eslint-plugin-astro's recommended rules, plus the two rules that
 * keep the house in order (ARCHITECTURE.md):
 *   - imports point down: each folder of src/ may import only the layers below it;
 *   - no reader-facing Chinese text inline in components, layouts or pages: it lives in src/strings/.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/** src/ folders, bottom to top. A folder may import the folders listed for it, and nothing else of ours. */
const LAYERS = {
  names: [],
  strings: [], // type-only imports are allowed (below), to key its tables by the vocabularies
  schemas: ['names', 'strings'],
  'lib/shared': ['names', 'schemas', 'strings'],
  'lib/node': ['lib/shared', 'schemas', 'strings'],
  privacy: ['names', 'strings', 'lib/node'],
  verify: ['lib/shared', 'schemas', 'strings'],
  content: ['names', 'schemas', 'strings', 'privacy', 'verify', 'lib/shared', 'lib/node'],
  cards: ['content', 'names', 'schemas', 'strings', 'verify', 'lib/shared', 'lib/node'],
  cases: ['content', 'schemas', 'strings', 'lib/shared'],
  stats: ['schemas', 'strings', 'lib/shared'],
  glossary: ['content', 'schemas', 'strings', 'lib/shared', 'lib/node'],
  deploy: ['lib/shared', 'strings'],
  search: ['content', 'schemas', 'strings', 'verify', 'lib/shared'],
  feeds: ['content', 'schemas', 'strings', 'lib/shared'],
  opendata: ['content', 'schemas', 'strings', 'lib/shared'],
  media: ['content', 'schemas', 'lib/shared'],
  print: ['content', 'schemas', 'strings', 'verify', 'lib/shared', 'lib/node', 'deploy'],
  bench: ['schemas', 'strings', 'names'],
  scaffold: ['schemas', 'strings', 'names'],
  'lib/browser': ['lib/shared', 'strings', 'verify'],
  // The editorial desk: a separate application over the content pipeline, the gate, the scaffolds, verification codes (for the preview's page) and the media checks (for images placed in content/).
  desk: ['content', 'privacy', 'names', 'schemas', 'scaffold', 'verify', 'media', 'glossary', 'strings', 'lib/shared', 'lib/node'],
  'lib/page': ['content', 'cases', 'stats', 'print', 'feeds', 'search', 'schemas', 'strings', 'verify', 'lib/shared', 'lib/node'],
  integrations: [
    'content',
    'cards',
    'search',
    'feeds',
    'opendata',
    'media',
    'print',
    'privacy',
    'schemas',
    'strings',
    'verify',
    'lib/shared',
    'lib/node',
  ],
};
/** The top layers: they may import any layer above, but never the build integration. */
const TOP = ['components', 'layouts', 'pages'];
const SRC = path.resolve(import.meta.dirname, 'src');

/** The layer a file of src/ belongs to: the longest folder name that contains it. */
function layerOf(file) {
  const relative = path.relative(SRC, file).split(path.sep).join('/');
  if (relative.startsWith('..')) return undefined;
  return [...Object.keys(LAYERS), ...TOP]
    .sort((a, b) => b.length - a.length)
    .find((folder) => relative === folder || relative.startsWith(`${folder}/`));
}

/** A local rule: every relative import of a file in src/ must point at its own layer or one it may import. */
const layersRule = {
  meta: { type: 'problem', messages: { up: 'src/{{from}}/ may not import src/{{to}}/: imports point down (ARCHITECTURE.md, "Layers").' } },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source));
      if (!to || to === from) return;
      if (TOP.includes(from)) {
        if (to === 'integrations') context.report({ node, messageId: 'up', data: { from, to } });
        return;
      }
      if (from === 'strings' && typeOnly) return;
      if (!LAYERS[from].includes(to)) context.report({ node, messageId: 'up', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) =>
        check(
          node,
          node.source.value,
          node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')),
        ),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};

/** Chinese characters in a literal or in template text: reader-facing words belong in src/strings/. */
const CJK = '/[\\u3400-\\u9fff]/u';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist/',
      'dist.releases/',
      'dist-print',
      'dist-print.releases/',
      'node_modules/',
      '.astro/',
      '.mingjing/',
      'test-results/',
      'src/names/data/',
      'src/env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    plugins: { mingjing: { rules: { layers: layersRule } } },
    rules: { 'mingjing/layers': 'error' },
  },
  {
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro', 'src/pages/**/*.astro', 'src/pages/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${CJK}]`, message: 'Reader-facing text lives in src/strings/ (ARCHITECTURE.md, "Strings").' },
        {
          selector: `TemplateElement[value.raw=${CJK}]`,
          message: 'Reader-facing text lives in src/strings/ (ARCHITECTURE.md, "Strings").',
        },
        { selector: `JSXText[value=${CJK}]`, message: 'Reader-facing text lives in src/strings/ (ARCHITECTURE.md, "Strings").' },
      ],
    },
  },
);
