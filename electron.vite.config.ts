// SPDX-License-Identifier: MIT
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * `npm run dev` only: vite's HMR client talks to the dev server over a websocket, which the page's
 * connect-src 'none' would refuse. Built pages keep the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'leakline:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("connect-src 'none'", "connect-src 'self' ws://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // package.json dependencies stay external (the native SQLite driver cannot be bundled);
      // the import worker is built by the ?modulePath import in src-main/app/import-worker-host.ts.
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: resolve(root, 'src-main/app/main.ts') },
        external: ['better-sqlite3-multiple-ciphers'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require nothing but 'electron': everything else (the contract and
      // zod with it) is bundled into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src-main/app/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    base: './',
    // The renderer root is src-renderer, so the plugin is told where the shared svelte.config.js is.
    plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') }), devServerCsp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  },
});
