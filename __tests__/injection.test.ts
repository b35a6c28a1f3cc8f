import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate'
import { FIXTURES, runCli } from './helpers/cli.js'
import { FakeGitHub, makeRepo, pullRequestEvent, runAction, type ActionRun } from './helpers/action.js'

// Output injection: file names and strings inside models are attacker-controlled. Every sink gets hostile names
// and hostile content — a pickle import, safetensors metadata, ONNX metadata, a Keras layer name — and must stay
// what it is: JSON that round-trips exactly, SARIF without raw control characters, terminal text without escape
// sequences, workflow commands that start no new command, Markdown/HTML with no live link, image, tag or mention.

/** Terminal escapes, CR, BEL, a Markdown link and image, HTML, a mention, workflow commands, a bidi override. */
const H =
  'x\u001b[2J\r\u0007](http://evil.example)<img src=x onerror=alert(1)>@admin #1 ::error::pwned\n' +
  '::warning file=a::again ![i](http://evil.example/i.png) <script>alert(1)</script> \u202eevil'
/** The same in a file name (no slash). */
const NAME = 'evil\u001b[31m @admin <img src=x onerror=alert(1)> [x](javascript:alert(1)) ::error::n\n::warning::w'
const PAYLOAD = "import os; os.system('echo modelgate-marker')"
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

function varint(n: number): Buffer {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return Buffer.from(out)
}
const field = (no: number, body: Buffer) => Buffer.concat([varint(no * 8 + 2), varint(body.length), body])
const utf8 = (s: string) => Buffer.from(s, 'utf8')

/** Protocol 4: STACK_GLOBAL of a hostile module and name, called with a string (never loaded). */
function hostilePickle(): Buffer {
  const str = (s: string) => {
    const b = utf8(s)
    const len = Buffer.alloc(4)
    len.writeUInt32LE(b.length)
    return Buffer.concat([Buffer.from([0x58]), len, b])
  }
  return Buffer.concat([
    Buffer.from([0x80, 4]),
    str(`os${H}`),
    str(`system${H}`),
    Buffer.from([0x93]),
    str('echo modelgate-marker'),
    Buffer.from([0x85, 0x52, 0x2e])
  ])
}

function hostileSafetensors(): Buffer {
  const header = utf8(
    JSON.stringify({
      __metadata__: { [H]: PAYLOAD },
      t: { dtype: 'F32', shape: [1], data_offsets: [0, 4] }
    })
  )
  const len = Buffer.alloc(8)
  len.writeBigUInt64LE(BigInt(header.length))
  return Buffer.concat([len, header, Buffer.alloc(4)])
}

function hostileOnnx(): Buffer {
  const opset = field(8, Buffer.concat([field(1, Buffer.alloc(0)), Buffer.from([0x10, 17])]))
  const meta = field(14, Buffer.concat([field(1, utf8(H)), field(2, utf8(PAYLOAD))]))
  const graph = field(7, Buffer.concat([field(1, field(4, utf8('Relu'))), field(2, utf8('g'))]))
  return Buffer.concat([Buffer.from([0x08, 0x08]), field(2, utf8('pytorch')), opset, meta, graph])
}

/** The Lambda fixture with its layer renamed to the hostile string. */
function hostileKeras(): Buffer {
  const files = unzipSync(readFileSync(join(FIXTURES, 'keras', 'lambda_nested.keras')))
  const config = strFromU8(files['config.json']!)
  expect(config).toContain('"hidden_lambda"')
  files['config.json'] = strToU8(config.replaceAll('"hidden_lambda"', JSON.stringify(H)))
  return Buffer.from(zipSync(files, { level: 0 }))
}

const MODELS: Record<string, () => Buffer> = {
  [`${NAME}.pkl`]: hostilePickle,
  'meta.safetensors': hostileSafetensors,
  'meta.onnx': hostileOnnx,
  'layer.keras': hostileKeras
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-inject-'))
  for (const [name, make] of Object.entries(MODELS)) writeFileSync(join(dir, name), make())
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function scan(format: string): string {
  const r = runCli(['scan', '--format', format, '.'], { cwd: dir })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(1)
  return r.stdout
}

/** Every string in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v)
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out))
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out))
  return out
}

describe('CLI sinks', () => {
  test('JSON: valid, and hostile names and imports round-trip exactly', () => {
    const report = JSON.parse(scan('json'))
    expect(report.files.map((f: any) => f.path).sort()).toEqual(Object.keys(MODELS).sort())
    const pkl = report.files.find((f: any) => f.path === `${NAME}.pkl`)
    expect(pkl.imports).toEqual([`os${H}.system${H}`])
    expect(pkl.findings.some((f: any) => f.evidence === `os${H}.system${H}` || f.message.includes(H))).toBe(true)
    // Each model's hostile string reached a finding (so the sinks below really carry it).
    for (const name of ['meta.safetensors', 'meta.onnx', 'layer.keras']) {
      const f = report.files.find((x: any) => x.path === name)
      expect({ name, hostile: strings(f.findings).some((s) => s.includes('<img src=x')) }).toEqual({
        name,
        hostile: true
      })
    }
  })

  test('SARIF: valid JSON, no raw control characters in any message, location or property', () => {
    const sarif = JSON.parse(scan('sarif'))
    const results = sarif.runs[0].results
    expect(results.length).toBeGreaterThan(4)
    for (const r of results) {
      expect(r.message.text).not.toMatch(CONTROL)
      expect(r.message.text).not.toContain('\n')
      expect(strings(r.properties).filter((s) => CONTROL.test(s))).toEqual([])
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^[A-Za-z0-9%._~!*'()-]+$/)
    }
    expect(results.some((r: any) => r.message.text.includes('<img src=x onerror=alert(1)>'))).toBe(true)
  })

  test('text: no escape sequence, CR or BEL reaches the terminal; hostile newlines start no line', () => {
    const text = scan('text')
    expect(text).not.toMatch(CONTROL)
    expect(text).toContain('\\x1b[2J')
    const lines = text.split('\n')
    expect(lines.filter((l) => /^::|^\s*::warning/.test(l))).toEqual([])
    expect(lines.filter((l) => l.startsWith('::warning file=a::again'))).toEqual([])
  })
})

/** Markdown with every code span removed (CommonMark: a backtick run closes at the next run of equal length). */
function outsideCodeSpans(md: string): string {
  let out = ''
  let i = 0
  while (i < md.length) {
    if (md[i] !== '`') {
      out += md[i++]
      continue
    }
    let j = i
    while (md[j] === '`') j++
    const len = j - i
    let k = j
    let close = -1
    while (k < md.length) {
      if (md[k] === '`') {
        let e = k
        while (md[e] === '`') e++
        if (e - k === len) {
          close = k
          break
        }
        k = e
      } else k++
    }
    if (close < 0) {
      out += md.slice(i, j)
      i = j
    } else {
      out += ' '
      i = close + len
    }
  }
  return out
}

/** Markdown/HTML that would render as something live: tags, links, images, mentions, raw control characters. */
function liveMarkup(md: string): string[] {
  const prose = outsideCodeSpans(md)
  const found: string[] = []
  for (const [what, re] of [
    ['HTML tag', /(?<!\\)<(img|script|a|iframe|svg)\b/i],
    // (ModelGate's own link to the job summary is fine; links from model content are not.)
    ['link or image', /\]\((javascript:|https?:\/\/evil)/i],
    ['mention', /(^|[^\w\\])@admin/],
    ['control character', CONTROL],
    ['workflow command line', /^::(error|warning|notice)/m]
  ] as const)
    if (re.test(prose)) found.push(what)
  return found
}

describe('Action sinks (annotations, job summary, PR comment, SARIF and JSON files)', () => {
  let run: ActionRun
  let comment: string
  beforeAll(async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      for (const [name, make] of Object.entries(MODELS)) repo.write(`models/${name}`, make())
      const head = repo.commit('add hostile models')
      api.files = Object.keys(MODELS).map((n) => ({ filename: `models/${n}`, status: 'added' }))
      run = await runAction({ repo, api, event: pullRequestEvent({ base, head }) })
      comment = api.comments[0]?.body ?? ''
    } finally {
      await api.stop()
    }
  }, 120_000)

  test('the step fails and reports every model', () => {
    expect(run.status).toBe(1)
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(report.files.map((f: any) => f.path).sort()).toEqual(
      Object.keys(MODELS)
        .map((n) => `models/${n}`)
        .sort()
    )
  })

  test('annotations: every workflow command is one of ModelGate’s own, none written by model content', () => {
    expect(run.commands.length).toBeGreaterThan(0)
    for (const line of run.commands) {
      // ModelGate's own: annotations, debug lines, and the stop-commands pair around the text report.
      expect(line).toMatch(/^::(error|warning|notice|debug|stop-commands|[0-9a-f-]{36})( |::)/)
      expect(line).not.toMatch(CONTROL)
    }
    const lines = run.stdout.split('\n')
    expect(
      lines.filter((l) => /^::(error|warning)::(pwned|again|n|w)\b/.test(l) || l.startsWith('::warning file=a'))
    ).toEqual([])
  })

  test('job summary and PR comment: no live links, images, HTML tags, mentions or control characters', () => {
    expect(comment).not.toBe('')
    for (const [sink, text] of [
      ['summary', run.summary],
      ['comment', comment]
    ] as const) {
      expect({ sink, live: liveMarkup(text) }).toEqual({ sink, live: [] })
      // The hostile content is there, shown inert (inside code or escaped), not dropped.
      expect({ sink, shown: /img src=x onerror=alert\(1\)|img src\\=x/.test(text) }).toEqual({ sink, shown: true })
    }
  })

  test('SARIF file: no raw control characters in messages', () => {
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'))
    for (const r of sarif.runs[0].results) expect(r.message.text).not.toMatch(CONTROL)
  })
})
