// @ts-check
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'astro/config';

// `npm run build` hands Astro the integration bundled as plain JavaScript, which Node
// imports directly (src/build/astro-child.ts); importing the TypeScript makes Astro start a
// Vite server of its own just to load this file, about 1,5 s of every build.
const { planverkIntegration } = process.env.PLANVERK_INTEGRATION
  ? await import(/* @vite-ignore */ pathToFileURL(process.env.PLANVERK_INTEGRATION).href)
  : await import('./src/build/astro-site/integration.ts');

/** Base path for project sites, e.g. PLANVERK_BASE=/planverk/ on GitHub Pages. */
const base = process.env.PLANVERK_BASE ?? '/';

export default defineConfig({
  base,
  site: process.env.PLANVERK_SITE,
  outDir: process.env.PLANVERK_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  integrations: [planverkIntegration()],
  // `npm run build` (PLANVERK_MODEL) gives Astro a staging folder that holds the pages kept
  // from the previous build and that its PDF stage fills while Astro writes: Astro must not empty it.
  vite: { build: { emptyOutDir: process.env.PLANVERK_MODEL ? false : undefined } },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind compiles its WebAssembly search index in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
