// The Action: until the PR-aware entry lands, it scans the workspace and fails on the configured level.
import * as core from '@actions/core'
import { collectTargets } from '../discovery/walk.js'
import { scanTargets } from '../engine/scan.js'
import { EMPTY_CONFIG, parseFailOn } from '../policy/config.js'
import { UserError, errorMessage } from '../errors.js'

export async function run(): Promise<void> {
  try {
    const failOn = parseFailOn(core.getInput('fail-on') || 'high', 'fail-on')
    const root = process.env.GITHUB_WORKSPACE || '.'
    const report = await scanTargets(await collectTargets([root]), { failOn, config: EMPTY_CONFIG })
    core.setOutput('verdict', report.verdict)
    core.setOutput('files-scanned', String(report.summary.files))
    if (report.verdict === 'fail') core.setFailed(`ModelGate: ${report.summary.fail} file(s) failed the policy`)
  } catch (e) {
    core.setFailed(e instanceof UserError ? e.message : `ModelGate internal error: ${errorMessage(e)}`)
  }
}
