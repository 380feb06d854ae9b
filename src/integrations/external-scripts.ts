/**
 * Keeps bundled <script>s as files instead of inlining small ones into every page, so pages carry
 * no inline code (a strict Content-Security-Policy works) and the browser caches the script.
 */
import type { AstroIntegration } from 'astro';

/** The integration: JavaScript chunks are never inlined; other assets keep Vite's default. */
export default function externalScripts(): AstroIntegration {
  return {
    name: 'plan-atlas:external-scripts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
            },
          },
        });
      },
    },
  };
}
