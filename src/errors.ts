// Two kinds of failure, reported differently: a UserError is something the user can fix (bad flag, bad
// config) and gets a one-line message and exit code 2; anything else is a bug in ModelGate.

export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
