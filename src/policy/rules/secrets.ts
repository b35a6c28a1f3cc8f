import type { Rule } from '../rule.js'

export const rules: Rule[] = [
  {
    id: 'SEC-001',
    title: 'Credential embedded in a model file',
    severity: 'high',
    why: 'A key, token or password with a well-known format sits in the model (pickle strings, metadata, configs or code). Anyone who downloads the model can use it; model repositories are copied widely and keep history.',
    fix: 'Revoke the credential now, then remove it from the model and from the repository history (history audits find old copies). Only a redacted prefix is shown here.'
  }
]
