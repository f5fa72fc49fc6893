import { describe, expect, test } from 'vitest';
import { JOINED_PREFIX } from '../progress/keys.ts';
import { classesToSave, deviceClass, storeImportedClasses } from './backup-storage.ts';
import type { ClassPlan } from './plan.ts';
import { ROSTER_KEY } from './storage.ts';

const known = [{ id: 'front-end/first-page', exercises: ['title'] }];
const plan = (id: string, issuedAt: number): ClassPlan => ({ id, className: `Class ${id}`, trainer: 'Sara', issuedAt, lessons: [{ lesson: 'front-end/first-page' }] });
const member = { id: 'amina', name: 'Amina', updatedAt: 4, lessons: { 'front-end/first-page': { title: 'passed' as const } }, plans: ['mine'] };

/** `localStorage` as the browser has it: strings by key; `full` refuses writes as a full storage does. */
class FakeStorage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  };
  removeItem = (key: string) => void this.items.delete(key);
  clear = () => this.items.clear();
  key = (index: number) => [...this.items.keys()][index] ?? null;
}

const stored = (storage: FakeStorage, key: string): unknown => JSON.parse(storage.getItem(key) ?? 'null');

describe('classes in backup files, on the device', () => {
  test('a learner’s file holds the plans they joined; the trainer’s class only when they add it', () => {
    const storage = new FakeStorage();
    storage.setItem(`${JOINED_PREFIX}amina`, JSON.stringify([plan('web-b', 1)]));
    storage.setItem(`${JOINED_PREFIX}yonas`, JSON.stringify([plan('web-a', 1)]));
    storage.setItem(ROSTER_KEY, JSON.stringify({ plans: [plan('mine', 2)], members: [member] }));
    const asStorage = storage as unknown as Storage;
    expect(classesToSave('amina', known, false, asStorage)).toEqual({ version: 1, joined: [plan('web-b', 1)] });
    expect(classesToSave('amina', known, true, asStorage)).toEqual({ version: 1, joined: [plan('web-b', 1)], roster: { plans: [plan('mine', 2)], members: [member] } });
    expect(classesToSave('new', known, false, asStorage)).toEqual({ version: 1, joined: [] });
  });

  test('an import keeps the file’s plans for the profile that received it and merges the trainer’s class', () => {
    const storage = new FakeStorage();
    const asStorage = storage as unknown as Storage;
    storage.setItem(`${JOINED_PREFIX}amina`, JSON.stringify([plan('web-b', 5)]));
    expect(storeImportedClasses({ joined: [plan('web-b', 3), plan('web-c', 1)], roster: { plans: [plan('mine', 2)], members: [member] } }, 'amina', 'merge', known, asStorage)).toBe(true);
    expect(stored(storage, `${JOINED_PREFIX}amina`)).toEqual([plan('web-b', 5), plan('web-c', 1)]);
    expect(deviceClass(known, asStorage)).toEqual({ plans: [plan('mine', 2)], members: [member] });

    expect(storeImportedClasses({ joined: [plan('web-c', 1)] }, 'amina', 'replace', known, asStorage)).toBe(true);
    expect(stored(storage, `${JOINED_PREFIX}amina`)).toEqual([plan('web-c', 1)]);
    // A file without a trainer's class leaves the device's class as it was.
    expect(deviceClass(known, asStorage)).toEqual({ plans: [plan('mine', 2)], members: [member] });
  });

  test('says so when the browser refuses to keep them', () => {
    const storage = new FakeStorage();
    storage.full = true;
    expect(storeImportedClasses({ joined: [plan('web-b', 1)] }, 'amina', 'merge', known, storage as unknown as Storage)).toBe(false);
  });
});
