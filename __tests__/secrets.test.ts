import { describe, expect, test } from '@jest/globals'
import { findSecrets, redact } from '../src/analyzers/secrets/index.js'

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
