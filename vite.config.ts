import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { lessonsPlugin } from './src/lessons/vite-plugin.ts';

export default defineConfig({
  // Relative asset URLs: `dist/` works from any static host, any sub-path, a USB key or a laptop.
  base: './',
  plugins: [svelte(), lessonsPlugin()],
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    // Report byte sizes ourselves (tests/budget): the build stays quiet and fast.
    reportCompressedSize: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/build/**/*.test.ts'],
          exclude: ['src/**/*.component.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
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
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
