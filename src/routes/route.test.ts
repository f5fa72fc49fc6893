import { describe, expect, test } from 'vitest';
import { href, parseRoute, type Route } from './route.ts';

describe('hash routes', () => {
  const routes: [string, Route][] = [
    ['', { page: 'home' }],
    ['#/', { page: 'home' }],
    ['#/settings', { page: 'settings' }],
    ['#/profiles', { page: 'profiles' }],
    ['#/backup', { page: 'backup' }],
    ['#/class', { page: 'class' }],
    ['#/projects', { page: 'projects' }],
    ['#/my-class', { page: 'my-class' }],
    ['#/lesson/%E0%A4%A', { page: 'not-found', path: '/lesson/%E0%A4%A' }],
    ['#/class/c0ffee-12', { page: 'class', plan: 'c0ffee-12' }],
    ['#/plan/1.eJxLy0nMBQAGtQKL', { page: 'plan', token: '1.eJxLy0nMBQAGtQKL' }],
    ['#/report/1.eJxLy0nMBQAGtQKL', { page: 'report', token: '1.eJxLy0nMBQAGtQKL' }],
    ['#/attestation/web-design', { page: 'attestation', track: 'web-design' }],
    ['#/track/front-end', { page: 'track', track: 'front-end' }],
    ['#/lesson/front-end/first-page', { page: 'lesson', lesson: 'front-end/first-page' }],
    ['#/lesson/front-end/first-page/bakery-title', { page: 'lesson', lesson: 'front-end/first-page', exercise: 'bakery-title' }],
    ['#/lesson/front-end/first-page?lang=ar', { page: 'lesson', lesson: 'front-end/first-page', language: 'ar' }],
    ['#/lesson/front-end/first-page/bakery-title?lang=en', { page: 'lesson', lesson: 'front-end/first-page', exercise: 'bakery-title', language: 'en' }],
    ['#/lesson/front-end/first-page?lang=<b>', { page: 'not-found', path: '/lesson/front-end/first-page?lang=<b>' }],
    ['#/help', { page: 'help' }],
    ['#/help/1.eJxLz0cB_-x', { page: 'help', token: '1.eJxLz0cB_-x' }],
    ['#/lesson/Front/x', { page: 'not-found', path: '/lesson/Front/x' }],
    ['#/nowhere', { page: 'not-found', path: '/nowhere' }],
  ];

  test.each(routes)('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test('href and parseRoute round-trip', () => {
    for (const [, route] of routes) expect(parseRoute(href(route))).toEqual(route);
  });

  test('a damaged or foreign help link still reaches the help page, which refuses it', () => {
    expect(parseRoute('#/help/%E0%A4%A')).toEqual({ page: 'help', token: '%E0%A4%A' });
    expect(parseRoute('#/help/https://example.com/x')).toEqual({ page: 'help', token: 'https://example.com/x' });
  });

  test('a trailing slash is the same page', () => {
    expect(parseRoute('#/track/back-end/')).toEqual({ page: 'track', track: 'back-end' });
  });
});
