#!/usr/bin/env node
// Thin CLI entry; everything lives in cli/main.ts.
import { statSync } from 'node:fs'
import { defaultJobs, prewarmWorkers } from './engine/pool.js'
import { prehashFile } from './engine/hash.js'

const argv = process.argv.slice(2)
// Work that does not wait for the rest of the CLI to load: the analysis workers load meanwhile (prewarmWorkers),
// or, for a scan of one large file, its hash (the floor of the scan) is already under way (prehashFile).
if (argv[0] === 'scan') {
  const one = oneFile(argv.slice(1))
  if (one === undefined) prewarmWorkers(requestedJobs(argv) ?? defaultJobs())
  else prehashFile(one)
}
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
 * The file, when the scan is plainly of one (one argument names a file, none a folder): the pool never starts
 * workers for one file, and one loading beside it would take the core its hashing thread uses.
 */
function oneFile(args: string[]): string | undefined {
  const files: string[] = []
  for (const a of args) {
    let st
    try {
      st = a.startsWith('-') ? undefined : statSync(a, { throwIfNoEntry: false })
    } catch {
      continue // unreadable: the scan reports it
    }
    if (st?.isDirectory()) return undefined
    if (st?.isFile()) files.push(a)
  }
  return files.length === 1 ? files[0] : undefined
}
