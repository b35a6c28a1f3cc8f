// End-to-end harness for the Action: a real git repository in a temp folder, a fake GitHub REST API on
// 127.0.0.1 that records every request, and the built bundle (dist/index.js) run as the runner runs it:
// INPUT_* variables (hyphens kept, action.yml defaults applied), GITHUB_EVENT_PATH, file-command files.
import { spawn, spawnSync } from 'node:child_process'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './cli.js'

export const ACTION_BUNDLE = join(ROOT, 'dist', 'index.js')
export const FAKE_TOKEN = 'ghs_fake_token_for_tests'

// ---------------------------------------------------------------- git repository

export interface Repo {
  dir: string
  git(...args: string[]): string
  write(path: string, content: string | Buffer): void
  remove(path: string): void
  /** Commits everything and returns the new commit id. */
  commit(message: string): string
}

export function makeRepo(): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'mg-action-repo-'))
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`)
    return r.stdout
  }
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'test@example.com')
  git('config', 'user.name', 'ModelGate test')
  git('config', 'commit.gpgsign', 'false')
  return {
    dir,
    git,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    },
    remove(path) {
      rmSync(join(dir, path))
    },
    commit(message) {
      git('add', '-A')
      git('commit', '-q', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD').trim()
    }
  }
}

/**
 * A pickle (protocol 2) whose loading would run `os.system("echo modelgate-marker")`: GLOBAL os system,
 * a one-string tuple, REDUCE, STOP. Harmless marker payload; built byte by byte, never loaded.
 */
export function maliciousPickle(): Buffer {
  const cmd = Buffer.from('echo modelgate-marker')
  const len = Buffer.alloc(4)
  len.writeUInt32LE(cmd.length)
  return Buffer.concat([
    Buffer.from([0x80, 0x02]),
    Buffer.from('cos\nsystem\n'),
    Buffer.from('X'),
    len,
    cmd,
    Buffer.from([0x85, 0x52, 0x2e])
  ])
}

/** A model-named file whose content is no model: reported (GEN-009, low) but passes. */
export const BENIGN_MODEL_TEXT = 'plain notes, not a model\n'

// ---------------------------------------------------------------- fake GitHub API

export interface RecordedRequest {
  method: string
  path: string
  body: any
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  files: { filename: string; status: string; previous_filename?: string }[] = []
  comments: FakeComment[] = []
  /** A fork PR: the token is read-only, writes get 403. */
  readOnly = false
  /** Every request fails with 500 (an outage). */
  down = false
  viewer = 'github-actions'
  /** Login comments are created under (a personal token: the user; GITHUB_TOKEN: the bot). */
  author = 'github-actions[bot]'
  /** GraphQL unavailable: the Action must find its identity through GET /user. */
  graphqlDown = false
  private nextId = 1000
  private server: Server | undefined
  port = 0

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    const addr = this.server.address()
    this.port = typeof addr === 'object' && addr ? addr.port : 0
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }

  /** Requests matching a method and path prefix (query string ignored). */
  calls(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === method && (typeof path === 'string' ? r.path.split('?')[0] === path : path.test(r.path))
    )
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(body))
  }

  private page<T>(req: IncomingMessage, res: ServerResponse, all: T[], path: string): void {
    const u = new URL(req.url ?? '/', this.url)
    const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30))
    const pageNo = Number(u.searchParams.get('page') ?? 1)
    // The files API stops at 3000 whatever the PR holds.
    const capped = path.endsWith('/files') ? all.slice(0, 3000) : all
    const slice = capped.slice((pageNo - 1) * perPage, pageNo * perPage)
    const headers: Record<string, string> = {}
    if (pageNo * perPage < capped.length)
      headers.link = `<${this.url}${path}?per_page=${perPage}&page=${pageNo + 1}>; rel="next"`
    this.send(res, 200, slice, headers)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    let body: any
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    const path = (req.url ?? '/').split('?')[0]!
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', body })
    if (req.headers.authorization !== `token ${FAKE_TOKEN}`) return this.send(res, 401, { message: 'Bad credentials' })
    if (this.down) return this.send(res, 500, { message: 'Server Error' })
    const m = req.method
    if (m === 'POST' && path === '/graphql') {
      if (this.graphqlDown) return this.send(res, 502, { message: 'Bad Gateway' })
      return this.send(res, 200, { data: { viewer: { login: this.viewer } } })
    }
    if (m === 'GET' && path === '/user') {
      // Installation tokens (GITHUB_TOKEN) cannot read /user; personal tokens can.
      if (this.author.endsWith('[bot]'))
        return this.send(res, 403, { message: 'Resource not accessible by integration' })
      return this.send(res, 200, { login: this.author, type: 'User' })
    }
    if (m === 'GET' && path === '/repos/o/r/pulls/1/files') return this.page(req, res, this.files, path)
    if (m === 'GET' && path === '/repos/o/r/issues/1/comments') return this.page(req, res, this.comments, path)
    if (m === 'POST' && path === '/repos/o/r/issues/1/comments') {
      if (this.readOnly) return this.send(res, 403, { message: 'Resource not accessible by integration' })
      const c = {
        id: this.nextId++,
        body: body.body,
        user: { login: this.author, type: this.author.endsWith('[bot]') ? 'Bot' : 'User' }
      }
      this.comments.push(c)
      return this.send(res, 201, c)
    }
    const patch = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(path)
    if (m === 'PATCH' && patch) {
      if (this.readOnly) return this.send(res, 403, { message: 'Resource not accessible by integration' })
      const c = this.comments.find((x) => x.id === Number(patch[1]))
      if (!c) return this.send(res, 404, { message: 'Not Found' })
      c.body = body.body
      return this.send(res, 200, c)
    }
    return this.send(res, 404, { message: `Not Found: ${m} ${path}` })
  }
}

// ---------------------------------------------------------------- running the bundle

/** action.yml defaults, as the runner applies them (`${{ github.token }}` becomes the fake token). */
export function actionDefaults(): Record<string, string> {
  const meta = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(meta.inputs)) {
    if (spec.default === undefined) continue
    out[name] = String(spec.default).replace('${{ github.token }}', FAKE_TOKEN)
  }
  return out
}

export interface PullEventOptions {
  base: string
  head: string
  changedFiles?: number
  fork?: boolean
}

export function pullRequestEvent(o: PullEventOptions): Record<string, unknown> {
  const baseRepo = { full_name: 'o/r', name: 'r', owner: { login: 'o', id: 1 } }
  const headRepo = o.fork ? { full_name: 'forker/r', name: 'r', owner: { login: 'forker', id: 2 } } : baseRepo
  return {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      base: { sha: o.base, ref: 'main', repo: baseRepo },
      head: { sha: o.head, ref: 'feature', repo: headRepo },
      ...(o.changedFiles !== undefined ? { changed_files: o.changedFiles } : {})
    },
    repository: baseRepo
  }
}

export interface RunOptions {
  repo: Repo
  api: FakeGitHub
  eventName?: string
  event: Record<string, unknown>
  inputs?: Record<string, string>
  /** Inputs to remove after defaults (e.g. no token). */
  unset?: string[]
  runId?: string
  sha?: string
  /** Extra environment (e.g. a PATH with a stand-in git-lfs). */
  env?: NodeJS.ProcessEnv
}

export interface ActionRun {
  status: number
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  /** Workflow command lines (`::error …`), in order. */
  commands: string[]
}

/** Parses $GITHUB_OUTPUT: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    out[m[1]!] = value.join('\n')
  }
  return out
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run npm run build')
  const tmp = mkdtempSync(join(tmpdir(), 'mg-action-run-'))
  const files = {
    GITHUB_OUTPUT: join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'),
    GITHUB_ENV: join(tmp, 'env'),
    GITHUB_STATE: join(tmp, 'state'),
    GITHUB_PATH: join(tmp, 'path')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const eventPath = join(tmp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(o.event))
  mkdirSync(join(tmp, 'runner-temp'))
  const inputs: Record<string, string> = { ...actionDefaults(), ...o.inputs }
  for (const n of o.unset ?? []) delete inputs[n]
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: o.api.url,
    GITHUB_GRAPHQL_URL: `${o.api.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: o.runId ?? '42',
    GITHUB_SHA: o.sha ?? o.repo.git('rev-parse', 'HEAD').trim(),
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_WORKSPACE: o.repo.dir,
    RUNNER_TEMP: join(tmp, 'runner-temp'),
    ...o.env
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  const child = spawn(process.execPath, [ACTION_BUNDLE], { cwd: o.repo.dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (c: Buffer) => out.push(c))
  child.stderr.on('data', (c: Buffer) => err.push(c))
  const status = await new Promise<number>((resolve) => {
    // A hard stop so a hung child cannot hang the suite (not a timing assertion).
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve(code ?? -1)
    })
  })
  const stdout = Buffer.concat(out).toString('utf8')
  return {
    status,
    stdout,
    stderr: Buffer.concat(err).toString('utf8'),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    commands: stdout.split('\n').filter((l) => l.startsWith('::'))
  }
}

// ---------------------------------------------------------------- the README's workflows

/** Every YAML block of the README's "GitHub Action" section, parsed. */
export function readmeWorkflows(): any[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## GitHub Action'))
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!))
}

/** The `with:` of every ModelGate step found in a parsed README snippet (a workflow, a job, or a list of steps). */
export function modelgateSteps(doc: any): { with?: Record<string, unknown> }[] {
  const out: { with?: Record<string, unknown> }[] = []
  const visit = (v: any) => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      if (typeof v.uses === 'string' && v.uses.startsWith('modelgate/modelgate@')) out.push(v)
      Object.values(v).forEach(visit)
    }
  }
  visit(doc)
  return out
}
