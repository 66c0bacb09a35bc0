/**
 * The font the memorandum's PDF embeds: its files in the npm package, and the names they keep
 * beside the exports function's bundle. Plain data for both sides: the infra copies the files
 * (infra/constructs/api.ts), the function reads them (functions/lib/memorandum/fonts.ts).
 */
export const MEMORANDUM_FONT = {
  packageDir: 'dejavu-fonts-ttf/ttf',
  files: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
} as const;
