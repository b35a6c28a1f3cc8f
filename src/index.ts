// Thin Action entry; everything lives in action/main.ts.
import { defaultJobs, prewarmWorkers } from './engine/pool.js'

// Analysis workers load while this thread loads the rest of the Action and asks GitHub for the changed files
// (see prewarmWorkers); the `jobs` input itself is checked by action/inputs.ts.
const jobs = Number(process.env['INPUT_JOBS'] || defaultJobs())
if (process.env['INPUT_MODE']?.trim() !== 'history') prewarmWorkers(Number.isInteger(jobs) && jobs >= 1 ? jobs : 1)
const { run } = await import('./action/main.js')
await run()
