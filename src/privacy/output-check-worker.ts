/**
 * A worker thread of the output check (`checkBuiltSiteInParallel` in output-check.ts): checks the
 * changed files it is given and answers which are clean. Run from its source file on Node's type
 * stripping, like the card workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runOutputCheckJob, type OutputCheckJob } from './output-check.ts';

parentPort?.postMessage(runOutputCheckJob(workerData as OutputCheckJob));
