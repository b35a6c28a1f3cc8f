// The CLI: one subcommand per file (cli/<command>.ts). Exit codes: 0 ok, 1 policy failure, 2 usage or
// configuration error (UserError, one line), 3 internal error (a bug: message and stack).
import { UserError, errorMessage } from '../errors.js'
import { VERSION } from '../version.js'
import { runScan, SCAN_USAGE } from './scan.js'
import { runHistory, HISTORY_USAGE } from './history.js'
import { runMerge, MERGE_USAGE } from './merge.js'

type Command = (argv: string[]) => Promise<number>

const COMMANDS: Record<string, Command> = {
  scan: runScan,
  history: runHistory,
  merge: runMerge
}

const USAGE = `Usage:\n${[SCAN_USAGE, HISTORY_USAGE, MERGE_USAGE].map((u) => `  ${u.replace('Usage: ', '')}`).join('\n')}`

export async function runCli(argv: string[]): Promise<number> {
  try {
    const [cmd, ...rest] = argv
    if (cmd === '--version' || cmd === '-v') {
      process.stdout.write(`${VERSION}\n`)
      return 0
    }
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return cmd === undefined ? 2 : 0
    }
    const run = COMMANDS[cmd]
    if (!run) throw new UserError(`unknown command "${cmd}". ${USAGE}`)
    return await run(rest)
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`modelgate: ${e.message}\n`)
      return 2
    }
    process.stderr.write(
      `modelgate: internal error (please report): ${errorMessage(e)}\n${(e as Error)?.stack ?? ''}\n`
    )
    return 3
  }
}
