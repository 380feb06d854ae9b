/** Renders benchmark results as BENCHMARKS.md. */
import type { BudgetCheck } from './budgets.ts';
import { NON_CONTENT, weightTypes, type TypeWeight } from './weight-summary.ts';
import type { CorpusResult, VariantId } from './corpus.ts';
import type { Machine, Versions } from './machine.ts';
import { TYPING_DELAY_MS } from './search.ts';
import { formatBytes, formatMs, median } from './stats.ts';
import type { PageWeight } from './weights.ts';

export interface BenchResults {
  date: string; // ISO date of the run
  runs: number;
  command: string;
  machine: Machine;
  versions: Versions;
  corpora: CorpusResult[];
  budgets: BudgetCheck[];
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** The whole Markdown report. */
export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const v = r.versions;
  const out: string[] = [
    '# Benchmarks',
    '',
    `Produced by \`${r.command}\` on ${r.date} (median of ${r.runs} run${r.runs > 1 ? 's' : ''} per figure; every build starts from an empty Astro cache). Regenerate with \`npm run bench\` (\`--quick\` for one run).`,
    '',
    `**Machine:** ${m.cpu}, ${m.cores} cores, ${formatBytes(m.memoryBytes)} RAM, ${m.os}; load average ${m.loadAtStart ?? 'n/a'} when the run started.  `,
    `**Versions:** Node ${v.node}, Astro ${v.astro ?? 'n/a'}, Pagefind ${v.pagefind ?? 'n/a'}, @astrojs/markdown-remark ${v.markdownRemark ?? 'n/a'}${v.chromium ? `, ${v.chromium}` : ''}.`,
    '',
    ...measuredAt(r.corpora),
    '## Budgets',
    '',
    table(
      ['Budget', 'Corpus', 'Measured', 'Verdict'],
      r.budgets.map((b) => [b.budget, b.corpus, b.measured, `**${b.verdict}**`]),
    ),
    '',
    '## Build',
    '',
    'Full = `npm run build` (generate + Astro + Pagefind). Bare = `astro build` of the same generated pages with `ATLAS_BARE=1` (MDX only, no integrations of ours). Unified = the full build with `ATLAS_MARKDOWN=unified` (`unified()` from @astrojs/markdown-remark instead of the default Sätteri).',
    '',
    table(
      [
        'Corpus',
        'Text',
        'Synth',
        'Generate',
        'Full build',
        'Pages',
        'Per page',
        'CPU per page',
        'Peak memory (largest process / tree)',
        'Bare',
        'Bare per page',
        'Full / bare',
        'Unified',
        'Unified / full',
      ],
      r.corpora.map(buildRow),
    ),
    '',
  ];
  const atlases = r.corpora.filter((c) => c.atlas && c.variants.full?.phases);
  if (atlases.length) {
    out.push(
      'An atlas build, step by step (ms; "other" is generation, the start of each Astro process and the swap):',
      '',
    );
    const steps = ['plan builds', 'atlas layer', 'links'];
    out.push(
      table(
        [
          'Corpus',
          'Astro + Pagefind: every plan',
          'Astro + Pagefind: atlas layer',
          'Link check',
          'Other',
          'CPU',
        ],
        atlases.map((c) => {
          const full = c.variants.full!;
          const p = full.phases!;
          const other = (full.medianMs ?? 0) - steps.reduce((sum, k) => sum + (p[k] ?? 0), 0);
          return [c.id, ...steps.map((k) => formatMs(p[k])), formatMs(other), formatMs(full.cpuMs)];
        }),
      ),
      '',
    );
  }
  const withPhases = r.corpora.filter(
    (c) => !c.atlas && (c.variants.full?.phases || c.variants.bare?.phases),
  );
  if (withPhases.length) {
    out.push('Where the time goes, as the tools report it (ms):', '');
    const names = ['content sync', 'static routes', 'pagefind', 'astro total'];
    out.push(
      table(
        ['Corpus', 'Variant', 'Generate', ...names],
        withPhases.flatMap((c) =>
          (['full', 'bare', 'unified'] as const)
            .filter((v) => c.variants[v]?.phases)
            .map((v) => [
              c.id,
              v,
              v === 'bare' ? '–' : formatMs(c.variants.generate?.medianMs),
              ...names.map((n) => formatMs(c.variants[v]!.phases![n])),
            ]),
        ),
      ),
      '',
    );
  }
  const failures = r.corpora.flatMap((c) =>
    (Object.entries(c.variants) as [VariantId, CorpusResult['variants'][VariantId]][])
      .filter(([, x]) => x.failure && !x.failure.startsWith('skipped'))
      .map(([id, x]) => `### ${c.id}: ${id} failed\n\n\`\`\`\n${x.failure}\n\`\`\``),
  );
  if (failures.length) out.push('## Failed steps', '', ...failures.flatMap((f) => [f, '']));
  out.push('## Page weight (first visit, before any search)', '');
  out.push(
    'Per page type: the page with the most HTML + CSS (gzip). CSS and JS are the stylesheets and scripts the HTML links (and the modules they import statically); inline scripts count as JS too. Gzip at level 6.',
    '',
  );
  for (const c of r.corpora) {
    const types = weightTypes(c);
    if (!types) continue;
    out.push(`### ${c.label}`, '', weightTable(types), '');
  }
  out.push('## Search (Chromium)', '');
  out.push(
    `First query (dialog): on a content page with an empty cache, "/" pressed and the query typed at ${TYPING_DELAY_MS} ms a key; every byte from the first key until results show, the dialog's own code included. First query (JS API): Pagefind script, WASM, metadata, index chunks and the fragments of the first 5 results, as served with gzip for text types. Query time: \`pagefind.search()\` plus the first 5 \`data()\` calls, each query asked once after the index is loaded; repeat = the same queries asked again.`,
    '',
  );
  out.push(
    table(
      [
        'Corpus',
        'Index',
        'First query (dialog)',
        'First query (JS API)',
        'Later (median / max)',
        'Query median (max)',
        'Repeat median',
        'Queries',
        '404s',
      ],
      r.corpora.map((c) => {
        const s = c.search;
        const index = c.pagefind
          ? `${formatBytes(c.pagefind.bytes)} (${c.pagefind.files} files)`
          : 'n/a';
        if (!s) return [c.id, index, c.searchError ?? 'n/a', '', '', '', '', '', ''];
        return [
          c.id,
          index,
          s.dialog ? formatBytes(s.dialog.bytes) : 'n/a',
          formatBytes(s.firstQueryBytes),
          `${formatBytes(s.laterQueryBytes.median)} / ${formatBytes(s.laterQueryBytes.max)}`,
          `${formatMs(s.queryMs.median)} (${formatMs(s.queryMs.max)})`,
          formatMs(s.repeatMs.median),
          s.queries.length,
          s.notFound.length,
        ];
      }),
    ),
    '',
  );
  const withDialogs = r.corpora.filter((c) => c.search?.dialogs);
  if (withDialogs.length) {
    out.push(
      'Through the dialog, page by page (first query with an empty cache; later ones typed into the same dialog):',
      '',
    );
    for (const c of withDialogs) {
      for (const d of c.search!.dialogs!) {
        const later = (d.later ?? []).map((l) => `"${l.query}" ${formatBytes(l.bytes)}`).join(', ');
        out.push(
          `- ${c.id}, /${d.page}: first "${d.query}" ${formatBytes(d.bytes)} (UI ${formatBytes(d.uiBytes)})${later ? `; later ${later}` : ''}${d.widened ? `; then every plan (the reader's choice) ${formatBytes(d.widened.bytes)}` : ''}`,
        );
      }
    }
    out.push('');
  }
  const heavy = r.corpora.filter((c) => c.search?.heaviest);
  if (heavy.length) {
    out.push('Heaviest later query per corpus (largest files it fetched):', '');
    for (const c of heavy) {
      const h = c.search!.heaviest!;
      const files = h.files.map((f) => `\`${f.path}\` ${formatBytes(f.bytes)}`).join(', ');
      out.push(`- ${c.id}: "${h.query}" ${formatBytes(h.bytes)}: ${files}`);
    }
    out.push('');
  }
  out.push(
    '## Method',
    '',
    '- Builds run in a private copy of the project (`.bench/root`, node_modules linked): Astro writes `.astro/content-modules.mjs` under the project root, not the cache dir, so another build in the same tree (tests, a dev server) can replace the module map under a long build and break it.',
    '- Every build starts from an empty output and cache dir (`ATLAS_OUT_DIR`, `ATLAS_CACHE_DIR`) and reads its own generated dir (`ATLAS_GENERATED_DIR`); `dist/` and `src/generated/` are never touched.',
    "- Times are wall clock of the whole command, including Node start-up. CPU is user + system time of the whole process tree (GNU time): other work on the machine inflates wall time, hardly CPU time. Peak memory is given twice: the largest resident set of any one process of the command's tree (GNU time; the figure of earlier runs and the one the 2 GiB budget was first judged on) and the largest sum of the resident sets of the whole tree at one time (sampled every 250 ms from /proc), which counts a parent that holds memory while its child builds. The budget is judged on the larger, the tree's.",
    "- An atlas corpus (`atlas-50x10`: `node scripts/synth.ts --plans 50 --scale 10`, seed 1) is built as `npm run build` with `PLAN_DIR` unset and `ATLAS_PLANS` set to its folder: every plan generated, one Astro build per plan, one of the atlas layer, one Pagefind index and one link check over the whole. Its page weights are kept per page type (`plans/*: <type>` for the plans' pages); its first query is measured through the dialog on the atlas home and on the first plan's home, with 5 later queries typed into the same dialog.",
    '- Synthetic corpora come from `node scripts/synth.ts --scale N` (seed 1): the same plan genre with N times the industries, places, goals and text.',
    `- First query (dialog): a content page opened with an empty cache, "/" pressed and the first query typed at ${TYPING_DELAY_MS} ms a key into the site's search dialog; every same-origin byte from the first key until the results show (the dialog's own script included). The budget is judged on this figure.`,
    '- First query (JS API) and later queries: Pagefind script, WASM, metadata, index chunks and the fragments of the first 5 results through the Pagefind JS API, gzip for text types; query time is `pagefind.search()` plus the first 5 `data()` calls.',
    '',
  );
  return out.join('\n');
}

function buildRow(c: CorpusResult): string[] {
  const x = c.variants;
  const ms = (id: VariantId) => {
    if (!x[id]) return '–';
    if (x[id].ok) return formatMs(x[id].medianMs);
    return x[id].runs.length === 0 && x[id].failure?.startsWith('skipped') ? 'skipped' : 'FAILED';
  };
  const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : 'n/a');
  return [
    c.label,
    formatBytes(c.sourceBytes),
    c.synthMs === undefined ? '–' : formatMs(c.synthMs),
    ms('generate'),
    ms('full'),
    String(x.full?.pages ?? 'n/a'),
    formatMs(x.full?.msPerPage),
    x.full?.cpuMs && x.full.pages ? formatMs(x.full.cpuMs / x.full.pages) : 'n/a',
    `${formatBytes(x.full?.peakRssBytes)} / ${formatBytes(x.full?.treeRssBytes)}`,
    ms('bare'),
    formatMs(x.bare?.msPerPage),
    ratio(x.full?.medianMs, x.bare?.medianMs),
    ms('unified'),
    ratio(x.unified?.medianMs, x.full?.medianMs),
  ];
}

function weightTable(types: TypeWeight[]): string {
  return table(
    [
      'Type',
      'Pages',
      'Heaviest',
      'HTML',
      'HTML gz',
      'CSS',
      'CSS gz',
      'JS',
      'JS gz',
      'HTML+CSS gz (median)',
      'Content',
    ],
    types.map(({ type, pages, heaviest: w, medianDoc }) => [
      type,
      pages,
      `/${w.path}`,
      formatBytes(w.html.raw),
      formatBytes(w.html.gzip),
      formatBytes(w.css.raw),
      formatBytes(w.css.gzip),
      formatBytes(w.js.raw),
      formatBytes(w.js.gzip),
      formatBytes(medianDoc),
      NON_CONTENT.has(type) ? 'no' : 'yes',
    ]),
  );
}

/** When each corpus was measured, if the file merges runs of different times (--merge). */
function measuredAt(corpora: CorpusResult[]): string[] {
  const runs = corpora.map((c) =>
    c.measured ? `${c.measured.date}, load ${c.measured.load}` : 'the date above',
  );
  if (new Set(runs).size <= 1) return [];
  return [`**Measured:** ${corpora.map((c, i) => `${c.id} ${runs[i]}`).join('; ')}.`, ''];
}
