// Thin Action entry; everything lives in action/main.ts.
import { run } from './action/main.js'

await run()
