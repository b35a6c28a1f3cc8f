#!/usr/bin/env node
// Thin CLI entry; everything lives in cli/main.ts.
import { statSync } from 'node:fs'
import { defaultJobs, prewarmWorkers } from './engine/pool.js'

const argv = process.argv.slice(2)
// Analysis workers load while this thread loads the rest of the CLI and finds the targets (see prewarmWorkers).
if (argv[0] === 'scan' && mayNeedWorkers(argv.slice(1))) prewarmWorkers(requestedJobs(argv) ?? defaultJobs())
const { runCli } = await import('./cli/main.js')
process.exitCode = await runCli(argv)

/** The --jobs value when one is given and valid (cli/scan.ts parses and reports it properly). */
function requestedJobs(args: string[]): number | undefined {
  for (let i = 1; i < args.length && args[i] !== '--'; i++) {
    const a = args[i]!
    const v = a === '--jobs' || a === '-j' ? args[i + 1] : a.startsWith('--jobs=') ? a.slice(7) : undefined
    if (v !== undefined && Number.isInteger(Number(v)) && Number(v) >= 1) return Number(v)
  }
  return undefined
}

/**
 * False when the scan is plainly of one file (one argument names a file, none a folder): the pool never starts
 * workers for one file, and one loading beside it would take the core its hashing thread uses.
 */
function mayNeedWorkers(args: string[]): boolean {
  let files = 0
  for (const a of args) {
    let st
    try {
      st = a.startsWith('-') ? undefined : statSync(a, { throwIfNoEntry: false })
    } catch {
      continue // unreadable: the scan reports it
    }
    if (st?.isDirectory()) return true
    if (st?.isFile()) files++
  }
  return files !== 1
}
