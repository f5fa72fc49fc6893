/** Runtime of the worker for js and http runs without a database: no SQLite in it, so it starts fast. */
import { serveRuns } from './worker-run.ts';

serveRuns();
