/**
 * The result template for <pagefind-results> (Pagefind's template language, rendered by the
 * Component UI, which escapes every {{ value }}; only Pagefind's own excerpts go out raw).
 * Like the built-in one, plus a kind badge; a hit in the Plan text links straight to its
 * paragraph, since the /plan/ page is long and its top is rarely what the reader wants.
 */
const PLAN = '"Plan text"';

export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card"><div class="pf-result-content">
  {{#if and(eq(meta.kind, ${PLAN}), sub_results)}}
    {{#each sub_results | limit(1) as top}}
    <p class="pf-result-title"><a class="pf-result-link" href="{{ top.url | safeUrl }}">{{ top.title }}</a> <span class="search-kind">{{ meta.kind }}</span></p>
    <p class="pf-result-excerpt">{{+ top.excerpt +}}</p>
    {{/each}}
  {{:else}}
    <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>{{#if meta.kind}} <span class="search-kind">{{ meta.kind }}</span>{{/if}}</p>
    {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
  {{/if}}
  </div></div>
  {{#if or(gt(length(sub_results), 1), and(sub_results, ne(meta.kind, ${PLAN})))}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub, i}}{{#if or(gt(i, 0), ne(meta.kind, ${PLAN}))}}
    <li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>
    {{/if}}{{/each}}
  </ul>
  {{/if}}
</li>`;
