import { TRACK_ID } from './location.ts';
import type { LessonIssue, Locale, TrackConfig } from './types.ts';
import { say } from './messages/index.ts';
import { readYamlMap } from './yaml-map.ts';

const KEYS = ['id', 'order', 'title', 'description'];

/** Parses and validates a track's `track.yaml`; `folder` is the track's folder name. */
export function parseTrack(source: string, file: string, folder: string): { track?: TrackConfig; issues: LessonIssue[] } {
  const issues: LessonIssue[] = [];
  const report = (line: number, message: string) => issues.push({ file, line, column: 1, message });
  const map = readYamlMap(source, 1);
  if ('message' in map) {
    report(map.line, map.message);
    return { issues };
  }
  const at = (key: string) => map.lines.get(key) ?? 1;
  for (const key of map.values.keys()) {
    if (!KEYS.includes(key)) report(at(key), say('track.unknownKey', { key, allowed: KEYS.join(', ') }));
  }
  const id = map.values.get('id');
  if (id !== folder || !TRACK_ID.test(folder)) report(at('id'), say('track.id', { folder }));
  const order = map.values.get('order');
  if (typeof order !== 'number' || !Number.isInteger(order)) report(at('order'), say('track.order'));

  const perLocale = (key: string): Record<Locale, string> => {
    const value = map.values.get(key);
    const valid =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((text) => typeof text === 'string' && text.trim() !== '');
    if (!valid || Object.keys(value).length === 0) {
      report(at(key), say('track.perLocale', { key }));
      return {};
    }
    return value as Record<Locale, string>;
  };
  const title = perLocale('title');
  const description = perLocale('description');
  if (issues.length > 0) return { issues };
  return { track: { id: folder, order: order as number, title, description }, issues };
}
