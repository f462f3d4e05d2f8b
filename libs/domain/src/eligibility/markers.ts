/**
 * Target antigens and tumour markers by their official HGNC gene symbol, with the names reports and
 * registries use ("BCMA" is TNFRSF17, "CD20" is MS4A1). Criteria and summary facts are normalised
 * to the `id` here, so "bcma", "BCMA" and "TNFRSF17" match one another; an unknown name is refused.
 * Two ids are not plain gene symbols and say so: CLDN18.2 is isoform 2 of CLDN18 (the CAR-T target;
 * isoform 1 is the lung form), EGFRvIII a deletion variant of EGFR, and GD2 a disialoganglioside
 * (a glycolipid, no gene of its own).
 */
export interface MarkerDefinition {
  /** The id facts and criteria use: the HGNC symbol, or the isoform/variant/glycolipid named below. */
  id: string;
  /** The HGNC symbol of the gene, null for a non-protein antigen. */
  hgnc: string | null;
  kind: 'PROTEIN' | 'ISOFORM' | 'VARIANT' | 'GANGLIOSIDE';
  aliases: readonly string[];
  note?: string;
}

const protein = (id: string, ...aliases: string[]): MarkerDefinition => ({ id, hgnc: id, kind: 'PROTEIN', aliases });

export const MARKERS: readonly MarkerDefinition[] = [
  protein('CD19'),
  protein('MS4A1', 'CD20'),
  protein('CD22'),
  protein('TNFRSF17', 'BCMA', 'CD269'),
  protein('GPRC5D'),
  protein('GPC3', 'glypican-3', 'glypican 3'),
  protein('CLDN18', 'claudin-18', 'claudin 18'),
  {
    id: 'CLDN18.2',
    hgnc: 'CLDN18',
    kind: 'ISOFORM',
    aliases: ['CLDN18.2', 'CLDN18-2', 'CLDN18A2', 'claudin-18.2', 'claudin 18.2', 'claudin18.2'],
    note: 'isoform 2 of CLDN18',
  },
  protein('MSLN', 'mesothelin'),
  { id: 'GD2', hgnc: null, kind: 'GANGLIOSIDE', aliases: ['disialoganglioside GD2'], note: 'a disialoganglioside (glycolipid), not a gene product' },
  { id: 'EGFRvIII', hgnc: 'EGFR', kind: 'VARIANT', aliases: ['EGFR vIII', 'EGFR-vIII', 'de2-7 EGFR'], note: 'EGFR exon 2–7 deletion variant' },
  protein('EGFR', 'HER1', 'ERBB1'),
  protein('ERBB2', 'HER2', 'HER-2', 'HER2/neu', 'neu'),
  protein('CD7'),
  protein('CD5'),
  protein('CD70'),
  protein('CD276', 'B7-H3', 'B7H3'),
  protein('FOLH1', 'PSMA', 'prostate-specific membrane antigen'),
  protein('PSCA'),
  protein('TNFRSF8', 'CD30'),
  protein('CD33'),
  protein('IL3RA', 'CD123'),
  protein('CLEC12A', 'CLL1', 'CLL-1'),
  protein('CD38'),
  protein('SLAMF7', 'CS1'),
  protein('ROR1'),
  protein('MUC1'),
  protein('MUC16', 'CA125', 'CA-125'),
  protein('CEACAM5', 'CEA'),
  protein('EPCAM', 'EpCAM'),
  protein('KLRK1', 'NKG2D'),
  protein('IL13RA2', 'IL13Ralpha2', 'IL-13Rα2'),
  protein('CD274', 'PD-L1', 'PDL1'),
  protein('CD3E', 'CD3'),
  protein('CD34'),
  protein('MKI67', 'Ki-67', 'Ki67'),
  protein('IGK', 'kappa light chain'),
  protein('IGL', 'lambda light chain'),
];

const BY_NAME = new Map<string, MarkerDefinition>();
const key = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');
for (const marker of MARKERS) for (const name of [marker.id, ...marker.aliases]) BY_NAME.set(key(name), marker);

/** The marker an antigen or gene name denotes, or undefined when Carta does not know the name. */
export function resolveMarker(name: string): MarkerDefinition | undefined {
  return BY_NAME.get(key(name));
}

/** Whether two names denote one antigen ("BCMA" and "TNFRSF17" do); unknown names only by their spelling. */
export function sameAntigen(a: string, b: string): boolean {
  return (resolveMarker(a)?.id ?? a) === (resolveMarker(b)?.id ?? b);
}

/** "TNFRSF17 (BCMA)": the official id, with the name clinicians use when it differs. */
export function markerLabel(id: string): string {
  const marker = resolveMarker(id);
  if (!marker) return id;
  const common = marker.aliases[0];
  return marker.kind === 'PROTEIN' && common && common.toUpperCase() !== marker.id ? `${marker.id} (${common})` : marker.id;
}
