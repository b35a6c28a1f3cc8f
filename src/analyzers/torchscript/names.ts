// Which file names say "plain checkpoint" (PT-003, format-rules.md §5.5): torch.load is what reads them.
import type { Severity } from '../../engine/types.js'

/**
 * How strongly `name` promises a torch.load checkpoint rather than a TorchScript program. `.pt` is also the
 * usual TorchScript extension (torch.jit.save examples use it), so it only earns a low note.
 */
export function checkpointName(name: string): { severity: Severity; why: string } | undefined {
  const n = name.toLowerCase()
  if (/^pytorch_model([-_.]|$)/.test(n))
    return { severity: 'high', why: 'a Hugging Face pytorch_model checkpoint name' }
  const ext = /\.([a-z0-9]+)$/.exec(n)?.[1]
  if (ext === 'bin' || ext === 'pth' || ext === 'ckpt')
    return { severity: 'high', why: `a .${ext} checkpoint extension` }
  if (ext === 'pt') return { severity: 'low', why: 'the .pt extension torch.load checkpoints share with TorchScript' }
  return undefined
}
