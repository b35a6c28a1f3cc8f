import type { Report } from '../engine/types.js'

/** The JSON report (schemaVersion 1). Stable key order comes from how the report objects are built. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n'
}
