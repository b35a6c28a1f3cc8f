import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  CONTAINERS,
  containerFindings,
  fixture,
  payloadAt,
  removeTempDirs,
  scanFile,
  tempDir
} from './helpers/containers.js'

afterAll(removeTempDirs)

describe('tar archives', () => {
  test('a model wrapped in a tar is unpacked in place and analysed (CTR-007); GNU long names survive', () => {
    const f = fixture('wrapped_payload.tar')
    expect(f.format).toBe('tar')
    expect(containerFindings(f)).toEqual(['CTR-007 medium'])
    expect(payloadAt(f, 'model/payload.pkl')).toBe(true)
    expect(f.findings.find((x: any) => x.ruleId === 'CTR-007').message).toContain('model/' + 'long_name_'.repeat(6))
  })

  test('pax headers give the member its real (long) path', () => {
    const f = fixture('pax_long_name.tar')
    expect(containerFindings(f)).toEqual(['CTR-007 medium'])
    expect(payloadAt(f, 'deep/' + 'd'.repeat(140) + '/model.bin')).toBe(true)
  })

  test('links and traversal names are unsafe members (CTR-006)', () => {
    const f = fixture('unsafe.tar')
    expect(containerFindings(f)).toEqual(['CTR-006 high ../escape.txt', 'CTR-006 high link'])
    expect(f.findings.find((x: any) => x.member === 'link').message).toContain('/etc/passwd')
  })

  test('a block with "ustar" at 257 but a wrong checksum is not a tar', () => {
    const dir = tempDir()
    const buf = Buffer.alloc(1024, 0x41)
    buf.write('ustar\u000000', 257, 'latin1')
    writeFileSync(join(dir, 'model.bin'), buf)
    const f = scanFile(join(dir, 'model.bin'))
    expect(f.format).toBe('unknown')
  })

  test('a tar cut inside a member is not analysed past the damage', () => {
    const dir = tempDir()
    const whole = readFileSync(join(CONTAINERS, 'wrapped_payload.tar'))
    writeFileSync(join(dir, 'cut.tar'), whole.subarray(0, 1600))
    const f = scanFile(join(dir, 'cut.tar'))
    expect(f.format).toBe('tar')
    expect(containerFindings(f)).toEqual(['CTR-007 medium', 'GEN-003 high'])
    expect(payloadAt(f, 'model/payload.pkl')).toBe(true)
  })
})
