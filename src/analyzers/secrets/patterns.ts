// Credential formats with well-known shapes. Each pattern is anchored on a distinctive prefix or structure so
// that model data (base64 weights, hashes) rarely matches; generic ones also need enough entropy.

export interface SecretPattern {
  kind: string
  re: RegExp
  /** Minimum Shannon entropy (bits per character) of the matched token, for patterns that are not self-evident. */
  minEntropy?: number
}

export const SECRET_PATTERNS: SecretPattern[] = [
  { kind: 'AWS access key id', re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g, minEntropy: 3 },
  {
    kind: 'AWS secret access key',
    re: /aws.{0,20}?(?:secret|key).{0,20}?['"=:\s]([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    minEntropy: 4
  },
  { kind: 'GitHub token', re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b/g, minEntropy: 3.5 },
  { kind: 'GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/g, minEntropy: 3.5 },
  { kind: 'GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/g, minEntropy: 3.5 },
  { kind: 'Hugging Face token', re: /\bhf_[A-Za-z0-9]{30,}\b/g, minEntropy: 3.5 },
  { kind: 'OpenAI API key', re: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b/g },
  { kind: 'OpenAI-style API key', re: /\bsk-(?:proj-|svcacct-)[A-Za-z0-9_-]{40,}\b/g, minEntropy: 4 },
  { kind: 'Anthropic API key', re: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}\b/g, minEntropy: 4 },
  { kind: 'Slack token', re: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/g, minEntropy: 3 },
  { kind: 'Slack webhook', re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{20,}/g },
  { kind: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/g, minEntropy: 3.5 },
  { kind: 'Stripe secret key', re: /\b(?:sk|rk)_live_[0-9A-Za-z]{24,}\b/g, minEntropy: 3.5 },
  {
    kind: 'private key',
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g
  },
  {
    kind: 'password in URL',
    re: /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s:/@'"]{1,64}:([^\s:/@'"]{6,128})@[a-z0-9.-]+/gi,
    minEntropy: 2.5
  }
]
