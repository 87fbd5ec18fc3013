/** Global setup of the `site-base` tests: the sample site built for, and served under, /mingjing/. */
import type { TestProject } from 'vitest/node';
import { setupSample } from './build-sample-site.ts';

export const SAMPLE_BASE = '/mingjing/';

export default (project: TestProject) => setupSample(project, SAMPLE_BASE);
