import { LEVELS, type Level, type LessonMeta } from './types.ts';
import { say } from './messages/index.ts';
import { readYamlMap } from './yaml-map.ts';

export interface Positioned {
  line: number;
  column: number;
  message: string;
}

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS = ['title', 'summary', 'duration', 'level', 'objectives', 'prerequisites', 'tags', 'source_version'];
const REQUIRED = ['title', 'summary', 'duration', 'level', 'objectives'];

/** Splits `---` frontmatter from the body. Lines are 1-based; `bodyLine` is where the body starts. */
export function splitFrontmatter(source: string): { yaml: string; bodyLine: number; body: string } | Positioned {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { line: 1, column: 1, message: say('front.start') };
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) return { line: 1, column: 1, message: say('front.unclosed') };
  return {
    yaml: lines.slice(1, end).join('\n'),
    bodyLine: end + 2,
    body: lines.slice(end + 1).join('\n'),
  };
}

/** Validates frontmatter YAML (starting at file line 2) into lesson metadata, collecting every problem. */
export function readMeta(yaml: string): { meta?: LessonMeta; problems: Positioned[] } {
  const map = readYamlMap(yaml, 2);
  if ('message' in map) return { problems: [map] };
  const problems: Positioned[] = [];
  const at = (key: string) => map.lines.get(key) ?? 1;
  const problem = (key: string, message: string) => problems.push({ line: at(key), column: 1, message });

  for (const key of map.values.keys()) {
    if (!KEYS.includes(key)) problem(key, say('front.unknownKey', { key, allowed: KEYS.join(', ') }));
  }
  for (const key of REQUIRED) {
    if (!map.values.has(key)) problems.push({ line: 1, column: 1, message: say('front.missing', { key }) });
  }

  const text = (key: string): string => {
    const value = map.values.get(key);
    if (value === undefined) return '';
    if (typeof value !== 'string' || value.trim() === '') problem(key, say('front.text', { key }));
    return typeof value === 'string' ? value.trim() : '';
  };
  const list = (key: string, required: boolean): string[] => {
    const value = map.values.get(key);
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
      const quoted = Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
      problem(key, quoted ? say('yaml.quoteItem') : say('front.list', { key }));
      return [];
    }
    if (required && value.length === 0) problem(key, say('front.listEmpty', { key }));
    return value.map((item: string) => item.trim());
  };

  const title = text('title');
  const summary = text('summary');
  const durationValue = map.values.get('duration');
  const duration = typeof durationValue === 'number' ? durationValue : 0;
  if (durationValue !== undefined && (!Number.isInteger(duration) || duration < 1 || duration > 600)) {
    problem('duration', say('front.duration'));
  }
  const levelValue = map.values.get('level');
  if (levelValue !== undefined && !LEVELS.includes(levelValue as Level)) {
    problem('level', say('front.level', { levels: LEVELS.join(', ') }));
  }
  const objectives = list('objectives', true);
  const prerequisites = list('prerequisites', false);
  for (const id of prerequisites) {
    if (!LESSON_ID.test(id)) problem('prerequisites', say('front.prerequisiteId', { id }));
  }
  const tags = list('tags', false);
  const sourceVersion = map.values.has('source_version') ? text('source_version') : undefined;

  if (problems.length > 0) return { problems };
  const meta: LessonMeta = {
    title,
    summary,
    duration,
    level: levelValue as Level,
    objectives,
    prerequisites,
    tags,
  };
  if (sourceVersion) meta.sourceVersion = sourceVersion;
  return { meta, problems };
}
