// SPDX-License-Identifier: MIT
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  // Lets both vite and svelte-check read <script lang="ts">.
  preprocess: vitePreprocess(),
};
