import { describe, expect, test } from '@jest/globals'
import { COMMENT_MARKER, MAX_COMMENT_CHARS, previousVerdict, renderComment } from '../src/report/comment.js'
import { findOwnComment, upsertComment } from '../src/action/comment.js'
import { GitHubError, type GitHubApi, type IssueComment } from '../src/github/client.js'
import { mdCode, mdText, htmlText } from '../src/report/sanitize.js'
import { CRITICAL_IMPORT, NOT_ANALYSED, UNKNOWN_FORMAT, UNKNOWN_IMPORT, fileReport, report } from './helpers/report.js'

const failing = report([fileReport('models/evil.pkl', [CRITICAL_IMPORT, UNKNOWN_IMPORT]), fileReport('ok.bin', [])])
const clean = report([fileReport('ok.bin', [])])

describe('comment body', () => {
  test('fail: title, meta with run link, worst finding per file, details with fix, snippet, markers', () => {
    const body = renderComment(failing, {
      previous: false,
      sha: 'a'.repeat(40),
      runUrl: 'https://github.example/o/r/actions/runs/1'
    })
    expect(body.split('\n')[0]).toBe('### ModelGate: ❌ fail — 1 of 2 model file(s) fail the policy')
    expect(body).toContain(
      'fail-on: `high` · commit `aaaaaaaaaaaa` · [job summary and full report](https://github.example/o/r/actions/runs/1)'
    )
    expect(body).toContain('| `models/evil.pkl` | ❌ fail | 🟥 critical `PKL-001` Import of os\\.system')
    // Clean files are not listed in the comment.
    expect(body).not.toContain('ok.bin')
    expect(body).toContain('"mylib.layers.Custom"')
    expect(body.endsWith(`<!-- modelgate:verdict=fail -->\n${COMMENT_MARKER}`)).toBe(true)
    expect(previousVerdict(body)).toBe('fail')
  })

  test('clean: "nothing to report" the first time, "now clean" after findings', () => {
    expect(renderComment(clean, { previous: false }).split('\n')[0]).toBe(
      '### ModelGate: ✅ pass — 1 model file(s) scanned, nothing to report'
    )
    const now = renderComment(clean, { previous: true })
    expect(now.split('\n')[0]).toBe('### ModelGate: ✅ now clean — no model file reaches a warning')
    expect(previousVerdict(now)).toBe('pass')
  })

  test('warn: below fail-on', () => {
    const warn = report([fileReport('u.pkl', [UNKNOWN_IMPORT])])
    expect(renderComment(warn, { previous: false }).split('\n')[0]).toBe(
      '### ModelGate: ⚠️ warn — 1 of 1 model file(s) need a look'
    )
  })

  test('stays within 65,536 characters, shortening step by step, and keeps the marker', () => {
    const huge = report(
      Array.from({ length: 3000 }, (_, i) =>
        fileReport(`models/${'d'.repeat(100)}/m${i}.pkl`, [
          { ...NOT_ANALYSED, message: 'Not analysed: ' + 'y'.repeat(300) }
        ])
      )
    )
    const body = renderComment(huge, { previous: false })
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(body.endsWith(COMMENT_MARKER)).toBe(true)
    const small = renderComment(huge, { previous: false }, 2000)
    expect(small.length).toBeLessThanOrEqual(2000)
    expect(small.endsWith(COMMENT_MARKER)).toBe(true)
    expect(small).toContain('Truncated')
  })
})

describe('escaping for Markdown sinks', () => {
  test('prose: no HTML, links, emphasis, mentions or autolinks survive', () => {
    const s = mdText('<b>x</b> [l](https://e.example) *e* @user #12 www.e.example `c` |')
    expect(s).not.toMatch(/<b>|\]\(|@user|#12|https:\/\/|www\.e/)
    expect(s).toContain('\\<b\\>')
    expect(s).toContain('\\|')
  })

  test('code spans: fence longer than any backtick run, pipes escaped in tables, one line', () => {
    expect(mdCode('a`b')).toBe('``a`b``')
    expect(mdCode('``x')).toBe('``` ``x ```')
    expect(mdCode('a|b')).toBe('`a\\|b`')
    expect(mdCode('a|b', false)).toBe('`a|b`')
    expect(mdCode('l1\nl2\u202e')).toBe('`l1\\nl2\\u202e`')
  })

  test('HTML text', () => {
    expect(htmlText('<a href="x">@me</a>')).toBe('&lt;a href=&quot;x&quot;&gt;@\u200bme&lt;/a&gt;')
  })
})

describe('finding our own comment', () => {
  const mine: IssueComment = { id: 2, body: `x ${COMMENT_MARKER}`, author: 'github-actions[bot]', authorType: 'Bot' }
  const planted: IssueComment = { id: 1, body: `x ${COMMENT_MARKER}`, author: 'mallory', authorType: 'User' }
  const unrelated: IssueComment = { id: 3, body: 'lgtm', author: 'github-actions[bot]', authorType: 'Bot' }

  test('marker and author must both match; [bot] and case do not matter', () => {
    expect(findOwnComment([planted, unrelated, mine], 'github-actions')?.id).toBe(2)
    expect(findOwnComment([planted, unrelated], 'github-actions')).toBeUndefined()
    expect(findOwnComment([{ ...planted, author: 'My-App[bot]' }], 'my-app')?.id).toBe(1)
  })
})

function fakeApi(overrides: Partial<GitHubApi> = {}, comments: IssueComment[] = []): GitHubApi & { log: string[] } {
  const log: string[] = []
  return {
    log,
    listPullFiles: async () => [],
    viewerLogin: async () => undefined,
    listIssueComments: async () => comments,
    createIssueComment: async (_n, body) => {
      log.push('create')
      return { id: 9, body, author: 'github-actions[bot]', authorType: 'Bot' }
    },
    updateIssueComment: async (id, body) => {
      log.push(`update ${id}`)
      return { id, body, author: 'github-actions[bot]', authorType: 'Bot' }
    },
    ...overrides
  }
}

describe('upsertComment', () => {
  const base = { pull: 1, fork: false }

  test('on-findings: nothing to say and no earlier comment → no API write', async () => {
    const api = fakeApi()
    const r = await upsertComment({ ...base, api, mode: 'on-findings', report: clean })
    expect(r.action).toBe('skipped')
    expect(api.log).toEqual([])
  })

  test('on-findings: an earlier comment is updated to "now clean"', async () => {
    const earlier = renderComment(failing, { previous: false })
    const api = fakeApi({}, [{ id: 5, body: earlier, author: 'github-actions[bot]', authorType: 'Bot' }])
    const r = await upsertComment({ ...base, api, mode: 'on-findings', report: clean })
    expect(r).toEqual({ action: 'updated', id: 5 })
    expect(api.log).toEqual(['update 5'])
  })

  test('an identical body is not written again', async () => {
    const same = renderComment(failing, { previous: false })
    const api = fakeApi({}, [{ id: 5, body: same, author: 'github-actions[bot]', authorType: 'Bot' }])
    expect(await upsertComment({ ...base, api, mode: 'always', report: failing })).toEqual({
      action: 'unchanged',
      id: 5
    })
    expect(api.log).toEqual([])
  })

  test('always: a clean PR still gets a comment; never: no API call at all', async () => {
    const api = fakeApi()
    expect((await upsertComment({ ...base, api, mode: 'always', report: clean })).action).toBe('created')
    const none = fakeApi({
      listIssueComments: async () => {
        throw new Error('must not be called')
      }
    })
    expect((await upsertComment({ ...base, api: none, mode: 'never', report: failing })).action).toBe('skipped')
  })

  test('403 on a fork becomes a warning that explains the read-only token', async () => {
    const api = fakeApi({
      createIssueComment: async () => {
        throw new GitHubError('creating the pull request comment: HTTP 403 Resource not accessible by integration', 403)
      }
    })
    const r = await upsertComment({ ...base, fork: true, api, mode: 'on-findings', report: failing })
    expect(r.action).toBe('failed')
    expect(r.action === 'failed' && r.warning).toMatch(/HTTP 403.*read-only token/)
    const notFork = await upsertComment({ ...base, api, mode: 'on-findings', report: failing })
    expect(notFork.action === 'failed' && notFork.warning).toMatch(/pull-requests: write/)
  })

  test('an unknown-format low finding counts as a finding for on-findings', async () => {
    const api = fakeApi()
    const r = await upsertComment({
      ...base,
      api,
      mode: 'on-findings',
      report: report([fileReport('x.bin', [UNKNOWN_FORMAT])])
    })
    expect(r.action).toBe('created')
  })
})
