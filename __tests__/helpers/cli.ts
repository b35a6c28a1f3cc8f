// Runs the built CLI (dist/cli.js) as a process, the way users and CI run it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const FIXTURES = join(ROOT, 'fixtures')
export const CLI = join(ROOT, 'dist', 'cli.js')

export interface CliResult {
  status: number
  stdout: string
  stderr: string
}

export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000
  })
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** Scans paths with --format json and returns the parsed report. */
export function scanJson(paths: string[], extra: string[] = []): { status: number; report: any; stderr: string } {
  const r = runCli(['scan', '--format', 'json', ...extra, ...paths])
  let report: any
  try {
    report = JSON.parse(r.stdout)
  } catch {
    throw new Error(`CLI did not print JSON (exit ${r.status}): ${r.stderr}\n${r.stdout.slice(0, 2000)}`)
  }
  return { status: r.status, report, stderr: r.stderr }
}

/** The findings of the one file in a report whose path ends with `suffix`. */
export function fileOf(report: any, suffix: string): any {
  const f = report.files.find((x: any) => x.path.endsWith(suffix))
  if (!f) throw new Error(`no file ending in ${suffix} in report: ${report.files.map((x: any) => x.path).join(', ')}`)
  return f
}

export function ruleIds(file: any): string[] {
  return [...new Set<string>(file.findings.map((f: any) => f.ruleId))].sort()
}
