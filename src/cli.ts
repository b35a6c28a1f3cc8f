#!/usr/bin/env node
// Thin CLI entry; everything lives in cli/main.ts.
import { runCli } from './cli/main.js'

process.exitCode = await runCli(process.argv.slice(2))
