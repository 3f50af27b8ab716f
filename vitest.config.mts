import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'main/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One fork per core, and at least two: many tests wait on child processes and files, so on
    // two cores two forks take about 0.6 of one fork's time (Vitest's default is cores − 1).
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
