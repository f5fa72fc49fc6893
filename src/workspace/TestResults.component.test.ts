import { fireEvent, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import type { RunResult } from '../runner/types.ts';
import { renderInApp } from '../../tests/setup/render.ts';
import TestResults from './TestResults.svelte';

const result: RunResult = {
  status: 'failed',
  console: [],
  problems: [],
  truncated: false,
  durationMs: 12,
  tests: [
    { name: 'vide', path: [], status: 'failed', durationMs: 1, failure: { message: { key: 'runner:expect.equalText', params: { expected: "«Bonjour»", received: '«»' } }, expected: '«Bonjour»', received: '«»' } },
    { name: 'total', path: ['panier'], status: 'failed', durationMs: 1, failure: { message: { key: 'runner:thrown.notDefined', params: { name: 'totl' } }, detail: 'ReferenceError: totl is not defined', source: { file: 'cart.js', line: 3, column: 10 } } },
    { name: 'arrondi', path: ['panier'], status: 'skipped', durationMs: 0 },
    { name: 'remises', path: [], status: 'todo', durationMs: 0 },
  ],
};

test('skipped and todo tests are shown as such; empty texts are named; a thrown error leads to its line', async () => {
  const places: unknown[][] = [];
  await renderInApp(TestResults, { result, onproblem: (...place: unknown[]) => void places.push(place) });
  const items = screen.getAllByRole('listitem');
  expect(items.map((item) => item.querySelector('.status')?.textContent)).toEqual(['Pas encore', 'Pas encore', 'Ignoré', 'À faire']);
  expect(screen.getByText("On attendait le texte «Bonjour», mais on a obtenu un texte vide.")).toBeInTheDocument();
  expect(screen.getByText('un texte vide', { selector: 'code' })).toBeInTheDocument();
  expect(screen.getByText(/« totl » n'existe pas/)).toBeInTheDocument();
  expect(screen.getByText('ReferenceError: totl is not defined')).toBeInTheDocument();
  await fireEvent.click(screen.getByRole('button', { name: 'Aller à cart.js, ligne 3' }));
  expect(places).toEqual([['cart.js', 3, 10]]);
});
