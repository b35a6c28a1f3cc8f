import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CATALOGUE_SECTIONS, RULES } from '../src/policy/catalogue.js'
import { renderRulesDoc } from '../src/policy/rules-doc.js'
import { SEVERITIES } from '../src/engine/types.js'
import { ROOT } from './helpers/cli.js'

describe('rule catalogue', () => {
  test('every rule has an id, a known severity, a title, why and fix', () => {
    const all = CATALOGUE_SECTIONS.flatMap((s) => s.rules)
    expect(all.length).toBe(RULES.size)
    for (const r of all) {
      expect(r.id).toMatch(/^[A-Z]+-\d{3}$/)
      expect(SEVERITIES).toContain(r.severity)
      expect(r.title.length).toBeGreaterThan(5)
      expect(r.why.length).toBeGreaterThan(20)
      expect(r.fix.length).toBeGreaterThan(10)
    }
  })

  test('docs/RULES.md is generated from the catalogue (run `npm run docs` after changing rules)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'RULES.md'), 'utf8')).toBe(renderRulesDoc())
  })
})
