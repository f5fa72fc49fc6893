import { sqlBench } from './bench/sql.ts';
console.table(await sqlBench());
