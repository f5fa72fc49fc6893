// Why the progress store refused to open: the app then starts on memory and leaves the data untouched.

/** A stored data version newer than this build: the store refuses to open rather than risk overwriting it. */
export class FutureVersionError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'FutureVersionError';
  }
}

/** The stored data version cannot be read at all: the store refuses to touch data it cannot understand. */
export class UnreadableDataError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'UnreadableDataError';
  }
}
