import { describe, expect, test } from '@jest/globals'
import { findSecrets, redact, redactSecrets } from '../src/analyzers/secrets/index.js'
import { sniffText } from '../src/analyzers/common/sniff.js'

// Synthetic credentials shaped like the real formats (not live keys).
const GH = 'ghp_' + 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'
const HF = 'hf_' + 'QwErTyUiOpAsDfGhJkLzXcVbNmQwErTyUiOp'
const AWS = 'AKIA' + 'Q3EGX7ZV2NLP5MRT'

describe('secret detection', () => {
  test('finds well-known credential formats and redacts them', () => {
    const text = `token=${GH} hub=${HF} aws=${AWS} url=https://admin:s3cr3tP4ss@db.example.com/x`
    const hits = findSecrets(text)
    expect(hits.map((h) => h.kind).sort()).toEqual(
      ['AWS access key id', 'GitHub token', 'Hugging Face token', 'password in URL'].sort()
    )
    for (const h of hits) {
      expect(h.redacted).toMatch(/…\(\d+ chars\)$/)
    }
    expect(JSON.stringify(hits)).not.toContain(GH)
    expect(JSON.stringify(hits)).not.toContain(HF)
    expect(JSON.stringify(hits)).not.toContain('s3cr3tP4ss')
  })

  test('private key blocks are found', () => {
    expect(findSecrets('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n')[0]!.kind).toBe('private key')
  })

  test('low-entropy look-alikes and ordinary model strings are not secrets', () => {
    expect(findSecrets('AKIAAAAAAAAAAAAAAAAA hf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toEqual([])
    expect(
      findSecrets('torch._utils._rebuild_tensor_v2 collections.OrderedDict layer0.weight https://huggingface.co/x')
    ).toEqual([])
  })

  test('redaction keeps a short prefix and the length only', () => {
    expect(redact(GH)).toBe(`${GH.slice(0, 6)}…(${GH.length} chars)`)
  })
})

describe('redactSecrets: the net under every finding message and evidence', () => {
  test('replaces each credential in running text by its redacted form, and leaves the rest', () => {
    const text = `push ${GH} to https://admin:s3cr3tP4ss@db.example.com/x then ${AWS}.`
    expect(redactSecrets(text)).toBe(
      `push ${redact(GH)} to https://admin:${redact('s3cr3tP4ss')}@db.example.com/x then ${redact(AWS)}.`
    )
    expect(redactSecrets(redactSecrets(text))).toBe(redactSecrets(text))
    expect(redactSecrets('layer0.weight https://huggingface.co/x')).toBe('layer0.weight https://huggingface.co/x')
  })

  test('a private key block loses its body (line breaks real or escaped as in code); a bare header stays', () => {
    const body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'
    const key = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n${body}\n-----END OPENSSH PRIVATE KEY-----`
    for (const form of [key, key.replace(/\n/g, '\\n')]) {
      const out = redactSecrets(`return "${form}" # deploy`)
      expect(out).not.toContain(body.slice(0, 20))
      expect(out).toBe(`return "-----BEGIN OPENSSH PRIVATE KEY-----…(${form.length} chars)" # deploy`)
    }
    const header = 'private key: -----BEGIN OPENSSH PRIVATE KEY-----'
    expect(redactSecrets(header)).toBe(header)
  })

  test('a URL quoted by the metadata sniffer has its password masked', () => {
    const hit = sniffText('https://user:S3cretPassw0rd@db.internal.example/x').find((h) => h.kind === 'url')!
    expect(hit.detail).toBe('URL https://user:***@db.internal.example/x')
    expect(hit.evidence).not.toContain('S3cret')
  })
})
