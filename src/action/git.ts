// Runs git in the workspace. Never throws on a non-zero exit: callers decide what a failure means.
import { spawn } from 'node:child_process'
import type { GitRunner } from '../discovery/changed.js'

export function gitRunner(cwd: string, debug: (msg: string) => void = () => {}): GitRunner {
  return (args) =>
    new Promise((resolve) => {
      const child = spawn('git', args, {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Never prompt for credentials or open an editor inside a CI step.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true' }
      })
      const out: Buffer[] = []
      const err: Buffer[] = []
      child.stdout.on('data', (c: Buffer) => out.push(c))
      child.stderr.on('data', (c: Buffer) => err.push(c))
      child.on('error', (e) => resolve({ code: -1, stdout: '', stderr: e.message }))
      child.on('close', (code) => {
        const r = {
          code: code ?? -1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8')
        }
        debug(`git ${args.join(' ')} → ${r.code}${r.code !== 0 ? `: ${r.stderr.trim().split('\n')[0]}` : ''}`)
        resolve(r)
      })
    })
}
