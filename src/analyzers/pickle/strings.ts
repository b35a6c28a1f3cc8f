// Suspicious string literals (PKL-060, modelaudit SUSPICIOUS_STRING_PATTERNS in spirit): evidence next to an
// import finding, never a verdict on its own.

const PATTERNS: [string, RegExp][] = [
  [
    'shell command',
    /\b(?:curl|wget|powershell|pwsh|cmd\.exe|ncat|netcat|mkfifo|socat|whoami|Invoke-Expression|DownloadString|certutil)\b|\/bin\/(?:ba|z|da|k)?sh\b|\b(?:bash|sh|zsh)\s+-[ci]\b|\bnc\s+-[a-z]*[el]|\brm\s+-rf?\b|\bchmod\s+[+0-7]|\bbase64\s+(?:-d|--decode)\b|\bpython[0-9.]*\s+-c\b|\bperl\s+-e\b/i
  ],
  ['shell chaining', /(?:;|&&|\|\||`|\$\()\s*(?:cat|id|whoami|uname|echo|ls|curl|wget|sh|bash|nc|python|rm)\b/],
  [
    'python code',
    /\b(?:import\s+(?:os|subprocess|socket|sys)\b|__import__\s*\(|os\.(?:system|popen)\s*\(|subprocess\.|exec\s*\(|eval\s*\()/
  ],
  ['URL', /\b(?:https?|ftp|file|s3|gs):\/\/[^\s'"]{3,}/i],
  ['IP address', /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?::\d{2,5})?\b/],
  [
    'sensitive path',
    /\/etc\/(?:passwd|shadow|crontab|sudoers)|~\/\.ssh|\.bashrc|\.profile\b|authorized_keys|\/dev\/tcp\/|\bC:\\Windows\\/i
  ],
  ['encoded blob', /^(?:[A-Za-z0-9+/]{4}){50,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$|^(?:[0-9a-fA-F]{2}){100,}$/]
]

/** What makes the string suspicious, or undefined. */
export function suspiciousString(s: string): string | undefined {
  if (s.length < 7) return undefined
  for (const [what, re] of PATTERNS) if (re.test(s)) return what
  return undefined
}

/** Short, single-line evidence for a string. */
export function stringEvidence(s: string, max = 120): string {
  const one = s.replace(/[\r\n\t]+/g, ' ')
  return one.length > max ? `${one.slice(0, max)}…` : one
}
