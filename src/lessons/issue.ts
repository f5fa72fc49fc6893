import { say } from './messages/index.ts';
import type { LessonIssue } from './types.ts';

/** `path/to/file.md:12:3: message`, the form editors and terminals turn into links. */
export function formatIssue(issue: LessonIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
}

/** Thrown by the build when lessons are malformed; its message lists every issue, one per line. */
export class LessonError extends Error {
  readonly issues: LessonIssue[];

  constructor(issues: LessonIssue[]) {
    const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    super(`${say('build.problems', { count: issues.length })}\n${sorted.map(formatIssue).join('\n')}`);
    this.name = 'LessonError';
    this.issues = issues;
  }
}
