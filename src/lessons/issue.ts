import type { LessonIssue } from './types.ts';

/** `path/to/file.md:12:3: message`, the form editors and terminals turn into links. */
export function formatIssue(issue: LessonIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
}

/** Thrown by the build when lessons are malformed; its message lists every issue, one per line. */
export class LessonError extends Error {
  readonly issues: LessonIssue[];

  constructor(issues: LessonIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'LessonError';
    this.issues = issues;
  }
}
