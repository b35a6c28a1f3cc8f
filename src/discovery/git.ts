// Git primitives for history audits and PR base versions. git is the only process ModelGate spawns: always
// `git` itself with fixed arguments, never a shell; values from the repository or the user go after `--` or as
// `--opt=value` so they can never be read as options. Object contents stream through `git cat-file --batch`
// with bounded memory (a blob may be many GiB).
import { spawn, execFile } from 'node:child_process'
import type { Readable } from 'node:stream'
import { UserError } from '../errors.js'

/**
 * Options on every git call: never consult replace refs (they can hide the real objects), never start an
 * fsmonitor hook, and never page or prompt.
 */
const BASE_ARGS = ['--no-replace-objects', '-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false']
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }

function env(): NodeJS.ProcessEnv {
  return { ...process.env, ...GIT_ENV }
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string
  ) {
    super(
      `git ${args.join(' ')} failed${code !== null ? ` (exit ${code})` : ''}: ${stderr.trim().split('\n')[0] ?? ''}`
    )
    this.name = 'GitError'
  }
}

/** Runs git and returns its whole stdout. Only for outputs known to be small (rev-parse, config, one object id). */
export function git(repo: string, args: string[], maxBuffer = 16 * 1024 * 1024): Promise<Buffer> {
  return new Promise((res, rej) => {
    execFile(
      'git',
      [...BASE_ARGS, ...args],
      { cwd: repo, env: env(), encoding: 'buffer', maxBuffer, windowsHide: true },
      (err, stdout, stderr) => {
        if (err) {
          const code = typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null
          rej(new GitError(args, code, stderr?.toString('utf8') || err.message))
        } else res(stdout)
      }
    )
  })
}

/** Like git(), trimmed text; undefined instead of an error when git exits non-zero. */
export async function gitText(repo: string, args: string[]): Promise<string | undefined> {
  try {
    return (await git(repo, args)).toString('utf8').trim()
  } catch (e) {
    if (e instanceof GitError) return undefined
    throw e
  }
}

/** Fails with a clear message when `repo` is not inside a git repository (or git is missing). */
export async function assertRepository(repo: string): Promise<void> {
  try {
    await git(repo, ['rev-parse', '--git-dir'])
  } catch (e) {
    if (e instanceof GitError) throw new UserError(`${repo}: not a git repository (${e.stderr.trim().split('\n')[0]})`)
    throw new UserError(`${repo}: cannot run git (${(e as Error).message})`)
  }
}

/** The commit HEAD points at, or undefined in an empty repository. */
export function headCommit(repo: string): Promise<string | undefined> {
  return gitText(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
}

/** Resolves a revision to a commit id (UserError when it does not exist). `rev` may not look like an option. */
export async function resolveCommit(repo: string, rev: string): Promise<string> {
  if (rev.startsWith('-')) throw new UserError(`invalid revision "${rev}"`)
  const id = await gitText(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
  if (!id) throw new UserError(`unknown revision "${rev}"`)
  return id
}

/** The repository's common git directory (absolute), where the LFS store lives. */
export async function commonGitDir(repo: string): Promise<string> {
  const dir = await gitText(repo, ['rev-parse', '--path-format=absolute', '--git-common-dir'])
  if (!dir) throw new UserError(`${repo}: cannot locate the git directory`)
  return dir
}

// ---------------------------------------------------------------------------------------------------------------
// Streaming output

/**
 * Pull-based reader over a child's stdout: the process is only read as fast as we consume, so git blocks
 * (instead of us buffering) when analysis is slower than git.
 */
export class ChunkReader {
  private buf: Buffer = Buffer.alloc(0)
  private readonly it: AsyncIterator<Buffer>
  private done = false

  constructor(stream: Readable) {
    this.it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false
    const r = await this.it.next()
    if (r.done) {
      this.done = true
      return false
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value
    return true
  }

  /** Bytes up to (not including) `sep`, or undefined at the end of the stream. Throws when a record exceeds max. */
  async readUntil(sep: number, max = 64 * 1024 * 1024): Promise<Buffer | undefined> {
    let from = 0
    for (;;) {
      const i = this.buf.indexOf(sep, from)
      if (i >= 0) {
        const rec = this.buf.subarray(0, i)
        this.buf = this.buf.subarray(i + 1)
        return rec
      }
      from = this.buf.length
      if (this.buf.length > max) throw new Error(`git output record longer than ${max} bytes`)
      if (!(await this.fill())) {
        if (this.buf.length === 0) return undefined
        const rec = this.buf
        this.buf = Buffer.alloc(0)
        return rec
      }
    }
  }

  /** Passes exactly `n` bytes to `sink` in chunks as they arrive (never more than one chunk in memory). */
  async readExact(n: number, sink: (chunk: Buffer) => void | Promise<void>): Promise<void> {
    let left = n
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill())) throw new Error(`git output ended ${left} bytes early`)
      const take = Math.min(left, this.buf.length)
      const chunk = this.buf.subarray(0, take)
      this.buf = this.buf.subarray(take)
      left -= take
      await sink(chunk)
    }
  }
}

interface Child {
  reader: ChunkReader
  /** Resolves when git has exited; rejects with a GitError on a non-zero exit. */
  finished: Promise<void>
  kill(): void
  stdin: NodeJS.WritableStream
}

function startGit(repo: string, args: string[]): Child {
  const child = spawn('git', [...BASE_ARGS, ...args], {
    cwd: repo,
    env: env(),
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (d: string) => {
    if (stderr.length < 8192) stderr += d
  })
  // A closed stdin (git exited first) must not become an unhandled error.
  child.stdin.on('error', () => {})
  const finished = new Promise<void>((res, rej) => {
    child.on('error', (e) => rej(new GitError(args, null, e.message)))
    child.on('close', (code) => (code === 0 ? res() : rej(new GitError(args, code, stderr))))
  })
  // Avoid unhandled rejections when a caller stops early and never awaits `finished`.
  finished.catch(() => {})
  return { reader: new ChunkReader(child.stdout), finished, kill: () => child.kill(), stdin: child.stdin }
}

/**
 * Streams git's output as records split on `sep` (NUL for `-z` output). Throws a GitError after the last record
 * when git fails. Stopping early kills git.
 */
export async function* gitRecords(repo: string, args: string[], sep = 0): AsyncGenerator<Buffer> {
  const c = startGit(repo, args)
  c.stdin.end()
  let complete = false
  try {
    for (;;) {
      const rec = await c.reader.readUntil(sep)
      if (rec === undefined) break
      yield rec
    }
    await c.finished
    complete = true
  } finally {
    if (!complete) c.kill()
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Trees

export interface TreeEntry {
  mode: string
  type: string
  oid: string
  path: string
}

/** Every entry of a commit's tree, recursively (`git ls-tree -r -z`). */
export async function* lsTree(repo: string, commit: string): AsyncGenerator<TreeEntry> {
  for await (const rec of gitRecords(repo, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit])) {
    const s = rec.toString('utf8')
    const tab = s.indexOf('\t')
    if (tab < 0) continue
    const [mode, type, oid] = s.slice(0, tab).split(' ')
    if (!mode || !type || !oid) continue
    yield { mode, type, oid, path: s.slice(tab + 1) }
  }
}

/** Whether a tree entry mode is a regular file (not a symlink 120000 or a submodule 160000). */
export function isRegularFileMode(mode: string): boolean {
  return mode === '100644' || mode === '100755' || mode === '100664'
}

// ---------------------------------------------------------------------------------------------------------------
// Object contents

export interface BatchHeader {
  oid: string
  type: string
  size: number
  missing: boolean
}

/**
 * `git cat-file --batch` over a list of object ids. For each object, `onObject` gets its header and a `body`
 * function it MUST call once (for present objects) to receive the content chunk by chunk.
 */
export async function catFileBatch(
  repo: string,
  oids: Iterable<string>,
  onObject: (h: BatchHeader, body: (sink: (chunk: Buffer) => void | Promise<void>) => Promise<void>) => Promise<void>
): Promise<void> {
  const c = startGit(repo, ['cat-file', '--batch', '--buffer'])
  let complete = false
  // Requests are written as fast as git takes them; node buffers the (small) rest. Answers come in order.
  const requested: string[] = []
  const writer = (async () => {
    for (const oid of oids) {
      if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid)) throw new Error(`not an object id: ${oid}`)
      requested.push(oid)
      if (!c.stdin.write(`${oid}\n`)) await new Promise<void>((r) => c.stdin.once('drain', () => r()))
    }
    c.stdin.end()
  })()
  writer.catch(() => c.kill())
  try {
    let i = 0
    for (;;) {
      const line = await c.reader.readUntil(0x0a, 4096)
      if (line === undefined) break
      const parts = line.toString('utf8').split(' ')
      const want = requested[i++]
      if (parts[1] === 'missing' || parts[1] === 'ambiguous') {
        await onObject({ oid: parts[0] ?? want ?? '', type: 'missing', size: 0, missing: true }, async () => {})
        continue
      }
      const [oid, type, sizeText] = parts
      const size = Number(sizeText)
      if (!oid || !type || !Number.isSafeInteger(size) || size < 0)
        throw new Error(`unexpected git cat-file header: ${line.toString('utf8').slice(0, 200)}`)
      let consumed = false
      await onObject({ oid, type, size, missing: false }, async (sink) => {
        if (consumed) throw new Error('object body read twice')
        consumed = true
        await c.reader.readExact(size, sink)
      })
      if (!consumed) await c.reader.readExact(size, () => {})
      await c.reader.readExact(1, () => {}) // the LF after the content
    }
    await writer
    await c.finished
    complete = true
  } finally {
    if (!complete) c.kill()
  }
}

/** The blob id at `path` in `commit`, or undefined when the path is not a blob there. */
export async function blobAt(
  repo: string,
  commit: string,
  path: string
): Promise<{ oid: string; mode: string } | undefined> {
  if (commit.startsWith('-')) return undefined
  const out = await gitText(repo, [
    '--literal-pathspecs',
    'ls-tree',
    '-z',
    '--full-tree',
    '--end-of-options',
    commit,
    '--',
    path
  ])
  for (const rec of out?.split('\0') ?? []) {
    const tab = rec.indexOf('\t')
    if (tab < 0 || rec.slice(tab + 1) !== path) continue
    const [mode, type, oid] = rec.slice(0, tab).split(' ')
    return type === 'blob' && oid && mode ? { oid, mode } : undefined
  }
  return undefined
}
