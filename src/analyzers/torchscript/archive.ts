import type { ArchiveProfile } from '../zip/archive.js'

// Placeholder: TorchScript archives are recognised by the zip analyzer once this profile lands.
export const profile: ArchiveProfile = {
  id: 'torchscript',
  match: () => false,
  async analyze(_archive, ctx) {
    ctx.notAnalysed('the TorchScript analyzer is not implemented yet')
  }
}
