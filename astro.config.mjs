// @ts-check
import { defineConfig } from 'astro/config';
import { planverkIntegration } from './src/site/integration.ts';

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
  // `npm run build` gives Astro a fresh staging folder that its PDF and search stages fill
  // while Astro writes the pages (PLANVERK_SHARED_OUT_DIR=1): Astro must not empty it.
  vite: { build: { emptyOutDir: process.env.PLANVERK_SHARED_OUT_DIR === '1' ? false : undefined } },
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
