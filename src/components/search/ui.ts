/**
 * Loads Pagefind's Component UI once, from the search bundle the build wrote (the same version as
 * pagefind.js), and configures its default instance before any search element joins it.
 */
import type { Instance, InstanceOptions } from '@pagefind/component-ui';
import { HIGHLIGHT_PARAM } from './params.ts';

interface ComponentUI {
  configureInstance(name: string, options: InstanceOptions): Instance;
  getInstanceManager(): {
    getInstance(name?: string): Instance;
    hasInstance(name: string): boolean;
  };
}

let loading: Promise<Instance> | undefined;

/** Options for Pagefind: result links carry the highlight parameter; kind is not ranked. */
export function searchOptions(bundle: string): InstanceOptions {
  return {
    bundlePath: bundle,
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: 24,
    // Every page of a kind carries its label as metadata; a word like "goal" should not rank on it.
    ranking: { metaWeights: { title: 5, kind: 0 } },
  };
}

/**
 * Adds a <script> or stylesheet <link> to the head and resolves when it has loaded. Elements, not
 * import(): the bundler wraps every import() in a 1 KB preload helper each page would download.
 */
export function load(tag: 'script' | 'link', attrs: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const el = Object.assign(document.createElement(tag), attrs);
    el.onload = () => done();
    el.onerror = () => fail(new Error(`Could not load ${attrs.src ?? attrs.href}`));
    document.head.append(el);
  });
}

/** Loads the Component UI and returns the configured default instance. */
export function loadSearchUI(bundle: string): Promise<Instance> {
  loading ??= Promise.all([
    // Without its stylesheet the search still works, unstyled.
    load('link', { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` }).catch(() => {}),
    // A classic script that defines the elements and window.PagefindComponents.
    load('script', { src: `${bundle}pagefind-component-ui.js` }),
  ]).then(
    () => {
      const ui = (window as unknown as { PagefindComponents: ComponentUI }).PagefindComponents;
      const manager = ui.getInstanceManager();
      if (manager.hasInstance('default')) return manager.getInstance('default');
      return ui.configureInstance('default', searchOptions(bundle));
    },
    (error: unknown) => {
      loading = undefined; // a later attempt may succeed
      throw error;
    },
  );
  return loading;
}
