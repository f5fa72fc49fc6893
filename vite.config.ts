import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { lessonsPlugin } from './src/lessons/vite-plugin.ts';
import { translationsPlugin } from './src/i18n/vite-plugin.ts';
import { LESSON_CACHE, LESSON_FILE, precached } from './src/offline/lesson-files.ts';
import { runnerPlugin } from './src/runner/vite-plugin.ts';

/**
 * Parts of the Svelte runtime that no component of the home page uses (input bindings, `bind:this`, `{@html}`,
 * snippets, `$state.snapshot`). If the home page starts using one, its chunk joins the first download and the
 * budget test (tests/build/budget.test.ts) says so.
 */
const SVELTE_FOR_OTHER_PAGES = /node_modules[\\/]svelte[\\/]src[\\/]internal[\\/](client[\\/]dom[\\/](elements[\\/]bindings[\\/](input|this)|blocks[\\/](html|snippet))|shared[\\/]clone)\.js$/;

export default defineConfig({
  // Relative asset URLs: `dist/` works from any static host, any sub-path, a USB key or a laptop.
  base: './',
  plugins: [
    svelte(),
    lessonsPlugin(),
    runnerPlugin(),
    translationsPlugin(),
    VitePWA({
      // The learner decides when to reload: an update never interrupts typing.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Sirius Learn',
        short_name: 'Sirius',
        description: 'Apprendre le code dans le navigateur, même hors ligne. Learn to code in the browser, even offline.',
        lang: 'fr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f8fa',
        theme_color: '#1d3f72',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell, every chunk, the runtimes (SQLite's wasm included), the texts of every language and every
        // lesson in French, so that after one visit the whole curriculum works with the network off. Lessons in the
        // learner's own languages are cached by the app (src/offline/lesson-cache.ts), not all ten for everyone.
        globPatterns: ['**/*.{js,css,html,svg,png,jpg,jpeg,webp,gif,ico,json,wasm,woff2,pdf}'],
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((entry) => precached(entry.url)), warnings: [] })],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first install takes charge of the open page at once: a learner who goes offline in the same tab
        // after one visit can still open lessons never seen (updates still wait for the learner's yes).
        clientsClaim: true,
        navigateFallback: 'index.html',
        // Lesson data is requested as `lessons/…json?v=<version>`: the precached copy answers it.
        ignoreURLParametersMatching: [/^v$/],
        // Lessons in other languages: from the cache the app fills for the learner's languages, else from the network
        // (then kept). Their URL carries the version, so a new version never reads an old file.
        runtimeCaching: [{ urlPattern: LESSON_FILE, handler: 'CacheFirst', options: { cacheName: LESSON_CACHE, cacheableResponse: { statuses: [200] } } }],
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    // Every browser learners use preloads modules itself; on one that cannot (iOS 16), lazy pages fall back to a
    // plain preload. The polyfill would only add bytes to the first download.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Trainers run the build too: no timing report about our plugins in their terminal.
      checks: { bundlerTimings: false },
      // Declared free of side effects (they only define functions), so the home page's chunk need not import them.
      treeshake: { moduleSideEffects: [{ test: SVELTE_FOR_OTHER_PAGES, sideEffects: false }] },
      output: {
        codeSplitting: {
          // The editor core as one chunk: one request, one gzip stream (a dozen small chunks compress
          // worse). Each grammar, search and lint marks stay apart: they load when first needed.
          groups: [
            {
              // Taken before `app` (which would pull in all of Svelte): loaded with the first page that uses them.
              name: 'svelte-extras',
              priority: 1,
              includeDependenciesRecursively: false,
              test: SVELTE_FOR_OTHER_PAGES,
            },
            {
              // Everything the home page needs, as one file: one request and one gzip stream on a slow link.
              name: 'app',
              test: /[\\/](src[\\/](App\.svelte|(main|context)\.ts|(i18n[\\/](i18n|languages|translator|fonts)|progress[\\/](session|progress|store|exercise-moves|indexeddb-store|open-store|restore|migrations|merge|guards|exercise-record|draft-history|keys|profile|tab-channel|unsaved-journal|backup|drafts)|lessons[\\/](library|texts|data|catalog)|routes[\\/](route|title|focus|router)|offline[\\/]\w+|theme[\\/]\w+)(\.svelte)?\.ts|(routes[\\/](Home|NotFound)|components[\\/](SiteHeader|LanguagePicker|OfflineStatus|ProfileChip|Avatar|TrackCard|StorageNotices|LazyRoute))\.svelte)$|node_modules[\\/](svelte|i18next|idb|esm-env|clsx)[\\/])/,
            },
            {
              name: 'codemirror',
              test: /node_modules[\\/](@codemirror[\\/](view|state|language|commands|autocomplete|streamparser)|@lezer[\\/](common|lr|highlight)|style-mod|crelt|w3c-keyname|@marijn)[\\/]/,
            },
          ],
        },
      },
    },
    // Report byte sizes ourselves (tests/budget): the build stays quiet and fast.
    reportCompressedSize: false,
  },
  test: {
    // Two files at a time even on two cores (Vitest's default is cores − 1): browser tests mostly wait for a
    // page, so the second worker halves the suite's time. Three made the browsers starve each other.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // A timeout only catches a hang: a busy machine must not fail a test that is merely slow.
          testTimeout: 30_000,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/build/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['src/**/*.component.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['src/**/*.component.test.ts'],
          setupFiles: ['tests/setup/component.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Polls wait for what the app shows as long as a locator does: one second is too short on a busy machine.
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        extends: true,
        test: {
          // The core journeys, one file per browser engine (Chromium, Firefox, WebKit).
          name: 'engines',
          environment: 'node',
          include: ['tests/engines/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // WebKitGTK's driver now and then never answers one in-page script (a journey then hangs to its
          // timeout; not seen in Chromium or Firefox, nor when the same journey runs again): one more try.
          retry: 1,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
