import type { ArchiveProfile } from '../zip/archive.js'

// Placeholder: PyTorch zip archives are recognised by the zip analyzer once this profile lands.
export const profile: ArchiveProfile = {
  id: 'pytorch-zip',
  match: () => false,
  async analyze(_archive, ctx) {
    ctx.notAnalysed('the PyTorch zip analyzer is not implemented yet')
  }
}
