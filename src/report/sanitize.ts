// Text from scanned files and paths is attacker-controlled. Each sink gets its own escaping.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

function hexEscape(c: string): string {
  return c.charCodeAt(0) <= 0xff
    ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
    : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** For terminals: control characters (ESC sequences, CR, BEL…) shown as \xNN, so output cannot be rewritten. */
export function forTerminal(s: string): string {
  return s.replace(CONTROL, hexEscape).replace(/\n/g, '\\n')
}

/**
 * One visible line: control characters, bidi overrides and line breaks shown as escapes. The base of every
 * other sink, so that no untrusted string can start a new line (a new workflow command, a new table row).
 */
export function oneLine(s: string): string {
  return s.replace(CONTROL, hexEscape).replace(/\r/g, '\\r').replace(/\n/g, '\\n')
}

const ZWSP = '\u200b'

/**
 * Defuses what GitHub links on its own in rendered text, even after escaping: @mentions, #123 / GH-123
 * references, bare URLs (`scheme://`, `www.`). A zero-width space breaks each without changing what is read.
 */
function defuseAutolinks(s: string): string {
  return s
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/\bGH-/gi, (m) => `${m.slice(0, 2)}${ZWSP}-`)
}

/**
 * Markdown prose (job summary, PR comment): every ASCII punctuation character that Markdown or HTML could
 * interpret is backslash-escaped, so untrusted text cannot open emphasis, links, images, HTML tags, tables
 * or code; then autolinks and mentions are defused. Safe inside a GFM table cell.
 */
export function mdText(s: string): string {
  return defuseAutolinks(oneLine(s)).replace(/[\\`*_{}[\]()<>#+\-.!|~&"'=:;@$%^]/g, (c) => `\\${c}`)
}

/**
 * An inline code span: nothing inside is interpreted (no HTML, links, mentions). Chooses a backtick fence
 * longer than any run inside. `inTable` escapes `|`, which GFM splits cells on even inside code spans.
 */
export function mdCode(s: string, inTable = true): string {
  let text = oneLine(s)
  if (inTable) text = text.replace(/\|/g, '\\|')
  if (text === '') return '` `'
  let longest = 0
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length)
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** A fenced code block holding `body` verbatim (lines kept), with a fence no line inside can close. */
export function mdFence(body: string, info = ''): string {
  const clean = body
    .split('\n')
    .map((l) => l.replace(CONTROL, hexEscape))
    .join('\n')
  let longest = 2
  for (const m of clean.matchAll(/`+/g)) longest = Math.max(longest, m[0].length)
  const fence = '`'.repeat(longest + 1)
  return `${fence}${info}\n${clean}\n${fence}`
}

/** Text inside HTML elements (`<summary>`, `<td>`): entities for markup characters, autolinks defused. */
export function htmlText(s: string): string {
  return defuseAutolinks(oneLine(s))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Workflow-command data (annotation messages and titles). @actions/core escapes `%`, CR and LF (and `:`/`,`
 * in properties); this also removes other control characters and bidi overrides so the log reads true.
 */
export function forWorkflowCommand(s: string): string {
  return oneLine(s)
}
