// Real git repositories in a temporary folder for history tests: commits with fixed, increasing dates (so the
// walk order is deterministic), and bulk history through `git fast-import`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Git without the user's or system's configuration, so tests behave the same everywhere. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0'
}

const EPOCH = 1_700_000_000

export class TestRepo {
  private clock = 0

  constructor(readonly dir: string) {}

  static init(opts: { bare?: boolean } = {}): TestRepo {
    const dir = mkdtempSync(join(tmpdir(), 'mg-hist-'))
    const r = new TestRepo(dir)
    r.git('init', '-q', '-b', 'main', ...(opts.bare ? ['--bare'] : []))
    return r
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8', maxBuffer: 256 << 20 }).trim()
  }

  gitInput(input: string | Buffer, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, input, encoding: 'utf8', maxBuffer: 256 << 20 })
  }

  write(path: string, content: string | Uint8Array): this {
    const p = join(this.dir, path)
    mkdirSync(dirname(p), { recursive: true })
    writeFileSync(p, content)
    this.git('add', '--', path)
    return this
  }

  rm(path: string): this {
    this.git('rm', '-q', '--', path)
    return this
  }

  mv(from: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true })
    this.git('mv', '--', from, to)
    return this
  }

  /** Commits the index; returns the commit id. Each commit is one minute after the previous one. */
  commit(message: string, author = 'Alice Example <alice@example.com>'): string {
    const t = `@${EPOCH + 60 * ++this.clock} +0000`
    const m = /^(.*) <(.*)>$/.exec(author)!
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: {
        ...GIT_ENV,
        GIT_AUTHOR_NAME: m[1],
        GIT_AUTHOR_EMAIL: m[2],
        GIT_COMMITTER_NAME: m[1],
        GIT_COMMITTER_EMAIL: m[2],
        GIT_AUTHOR_DATE: t,
        GIT_COMMITTER_DATE: t
      }
    })
    return this.git('rev-parse', 'HEAD')
  }

  /** The ISO author date `commit()` gave its n-th commit (1-based), as git prints it with %aI. */
  static dateOf(n: number): string {
    return new Date((EPOCH + 60 * n) * 1000).toISOString().replace('.000Z', '+00:00')
  }

  blobId(content: string | Uint8Array): string {
    return this.gitInput(Buffer.from(content), 'hash-object', '--stdin').trim()
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/** One commit of a fast-import stream: files to write (content) or delete (null). */
export interface FastCommit {
  files: Record<string, string | Uint8Array | null>
  message?: string
}

/**
 * Builds history with `git fast-import` (a thousand commits in well under a second) on branch `main`, commit n
 * (1-based) dated EPOCH + 60·n. Returns the commit ids in order.
 */
export function fastImport(repo: TestRepo, commits: FastCommit[], author = 'Bulk Author <bulk@example.com>'): string[] {
  const parts: Buffer[] = []
  const push = (s: string | Uint8Array) => parts.push(Buffer.from(s))
  commits.forEach((c, i) => {
    const n = i + 1
    const msg = c.message ?? `commit ${n}`
    push(`commit refs/heads/main\nmark :${n}\n`)
    push(`author ${author} ${EPOCH + 60 * n} +0000\ncommitter ${author} ${EPOCH + 60 * n} +0000\n`)
    push(`data ${Buffer.byteLength(msg)}\n${msg}\n`)
    if (n > 1) push(`from :${n - 1}\n`)
    for (const [path, content] of Object.entries(c.files)) {
      if (content === null) push(`D ${path}\n`)
      else {
        const data = Buffer.from(content)
        push(`M 100644 inline ${path}\ndata ${data.length}\n`)
        parts.push(data)
        push('\n')
      }
    }
    push('\n')
  })
  repo.gitInput(Buffer.concat(parts), 'fast-import', '--quiet')
  return repo.git('rev-list', '--reverse', 'main').split('\n')
}
