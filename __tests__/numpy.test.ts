import { describe, expect, test } from '@jest/globals'
import { containerFindings, fixture, payloadAt } from './helpers/containers.js'
import { parsePyLiteral } from '../src/analyzers/numpy/literal.js'

describe('NumPy .npy', () => {
  test.each(['array.npy', 'array_v2.npy', 'array_v3.npy', 'structured.npy'])('%s (numpy.save) passes clean', (n) => {
    const f = fixture(n)
    expect(f.format).toBe('numpy')
    expect(f.findings).toEqual([])
  })

  test('NPY-001: an object array; its pickle is analysed with the numpy profile', () => {
    const benign = fixture('object_benign.npy')
    expect(containerFindings(benign)).toEqual(['NPY-001 medium'])
    expect(benign.verdict).toBe('warn')
    const evil = fixture('object_payload.npy')
    expect(containerFindings(evil)).toEqual(['NPY-001 medium'])
    expect(payloadAt(evil, undefined)).toBe(true)
    expect(evil.findings.find((x: any) => x.ruleId === 'PKL-001').offset).toBeGreaterThan(128)
  })

  test('NPY-002: a header that is not a literal is never evaluated', () => {
    const f = fixture('bad_header.npy')
    expect(containerFindings(f)).toEqual(['NPY-002 low', 'NPY-002 medium'])
    expect(f.imports).toEqual([])
  })

  test('NPY-003: bytes after the array are reported and analysed', () => {
    const f = fixture('array_trailing_pickle.npy')
    expect(containerFindings(f)).toEqual(['NPY-003 medium'])
    expect(payloadAt(f, 'trailing-data')).toBe(true)
  })

  test('NPY-004: a pickle named .npy', () => {
    const f = fixture('pickle_named.npy')
    expect(f.format).toBe('pickle')
    expect(containerFindings(f)).toEqual(['NPY-004 high'])
    expect(payloadAt(f, undefined)).toBe(true)
  })

  test('NPY-006: a shape declaring terabytes over a few bytes', () => {
    const f = fixture('huge_shape.npy')
    expect(containerFindings(f)).toEqual(['NPY-006 medium'])
    expect(f.findings[0].evidence).toBe('4000000000000>64')
  })
})

describe('NumPy .npz', () => {
  test.each(['arrays.npz', 'arrays_compressed.npz'])('%s (savez, savez_compressed) passes clean', (n) => {
    const f = fixture(n)
    expect(f.format).toBe('npz')
    expect(f.findings).toEqual([])
  })

  test('an object-array member carries its payload to the report', () => {
    const f = fixture('object_payload.npz')
    expect(containerFindings(f)).toEqual(['NPY-001 medium evil.npy'])
    expect(payloadAt(f, 'evil.npy')).toBe(true)
  })

  test('NPY-005: a member that is not .npy data is still analysed', () => {
    const f = fixture('npz_extra_member.npz')
    expect(containerFindings(f)).toEqual(['NPY-005 low notes.bin'])
    expect(payloadAt(f, 'notes.bin')).toBe(true)
  })
})

describe('the .npy header literal parser', () => {
  test('parses what numpy writes, including structured dtypes and Python 2 longs', () => {
    expect(parsePyLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }")).toEqual({
      dict: [
        ['descr', '<f4'],
        ['fortran_order', false],
        ['shape', { tuple: [2n, 3n] }]
      ]
    })
    expect(parsePyLiteral("[('a', '<i4'), ('b', '<f8', (2,))]")).toEqual([
      { tuple: ['a', '<i4'] },
      { tuple: ['b', '<f8', { tuple: [2n] }] }
    ])
    expect(parsePyLiteral('(3L,)')).toEqual({ tuple: [3n] })
    expect(parsePyLiteral('()')).toEqual({ tuple: [] })
  })

  test('rejects anything that is not a literal', () => {
    for (const bad of ["__import__('os')", "{'a': f(1)}", "{'a': 1} + 1", "'unterminated", '['.repeat(100)])
      expect(() => parsePyLiteral(bad)).toThrow()
  })
})
