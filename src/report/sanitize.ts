// Text from scanned files and paths is attacker-controlled. Each sink gets its own escaping.

/** For terminals: control characters (ESC sequences, CR, BEL…) shown as \xNN, so output cannot be rewritten. */
export function forTerminal(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
      c.charCodeAt(0) <= 0xff
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
    .replace(/\n/g, '\\n')
}
