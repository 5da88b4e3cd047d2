/**
 * Community colours: communities are numbered largest first, so the first
 * eighteen get well-separated colours (Sasha Trubetskoy's "20 simple distinct
 * colours" without its grey and its near-white) and the rest, like
 * single-entity communities, a quiet grey.
 */
const PALETTE = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#bfef45',
  '#469990',
  '#9a6324',
  '#800000',
  '#808000',
  '#000075',
  '#ffe119',
  '#dcbeff',
  '#aaffc3',
  '#fabed4',
  '#ffd8b1',
];
export const OTHER_COLOUR = '#d9d9d9';

export function communityColour(id: number, size: number): string {
  return size > 1 && id < PALETTE.length ? PALETTE[id] : OTHER_COLOUR;
}
