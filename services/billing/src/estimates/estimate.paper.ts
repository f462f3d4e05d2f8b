import { dayOf, Money } from '@carta/domain';
import { PrintedPaper } from '@carta/pdf';
import { LineItem } from './cost-estimate.rules';
import { StoredEstimate, StoredMoney } from './estimate.entity';

const LINE_NAMES: Record<LineItem, string> = {
  MANUFACTURING: 'CAR-T product (manufacturing)',
  HOSPITALISATION: 'Hospitalisation',
  MONITORING: 'CRS/ICANS monitoring',
  APHERESIS: 'Apheresis',
  LYMPHODEPLETION: 'Lymphodepletion',
  CRS_ICANS_RESERVE: 'CRS/ICANS management reserve',
  INTERPRETATION_AND_COORDINATION: 'Interpretation and coordination',
  ACCOMMODATION: 'Accommodation',
};

const shown = (stored: StoredMoney) => Money.fromJSON(stored).format();

export interface EstimatePaperInput {
  caseId: string;
  centreId: string;
  /** The centre as it published itself; null until billing has heard of it. */
  centre: { name: string; nameZh: string | null } | null;
  trialId: string;
  version: number;
  inputHash: string;
  breakdown: StoredEstimate;
  preparedAt: Date;
}

const centreName = ({ centre, centreId }: EstimatePaperInput): string =>
  centre ? [centre.name, centre.nameZh].filter(Boolean).join(' ') : `centre ${centreId}`;

/** The full breakdown the family reads before accepting: every line with its basis, low and high. */
export function estimatePaper(estimate: EstimatePaperInput): PrintedPaper {
  const { breakdown } = estimate;
  const { rate } = breakdown;
  const illustrative = breakdown.priceList.illustrative;
  return {
    // On the title and every page's foot, so no page of it can pass for a quote.
    title: `${illustrative ? 'ILLUSTRATIVE ' : ''}Cost estimate, version ${estimate.version} · 费用估算`,
    subtitle: `Case ${estimate.caseId} · ${centreName(estimate)} · trial ${estimate.trialId} · ${breakdown.fundingModel.replaceAll('_', ' ').toLowerCase()} · prepared ${dayOf(estimate.preparedAt)}`,
    footer: `${illustrative ? 'ILLUSTRATIVE PRICES, NOT A QUOTE · ' : ''}Estimate v${estimate.version} · fingerprint ${estimate.inputHash.slice(0, 16)}`,
    createdAt: estimate.preparedAt,
    blocks: [
      ...(illustrative
        ? [
            {
              kind: 'text' as const,
              heading: 'ILLUSTRATIVE PRICES: NOT A QUOTE',
              paragraphs: [
                `${breakdown.priceList.label}. These figures show how the estimate is built; they are not the centre's prices.`,
                'It may be read and accepted as an orientation, but nothing is invoiced from it: the centre sets its own tariff first, and the family accepts an estimate priced from it.',
              ],
            },
          ]
        : []),
      {
        kind: 'table',
        heading: 'Breakdown',
        columns: [
          { title: 'Item', width: 0.24 },
          { title: 'How it is worked out', width: 0.4 },
          { title: 'Low', width: 0.18, align: 'right' },
          { title: 'High', width: 0.18, align: 'right' },
        ],
        rows: breakdown.lines.map((line) => [LINE_NAMES[line.item], line.basis, shown(line.low), shown(line.high)]),
        totals: [
          ['Total', '', shown(breakdown.total.low), shown(breakdown.total.high)],
          [
            'Total in USD',
            `at 1 ${rate.from} = ${rate.rate} ${rate.to} (${rate.source}, ${rate.asOf})`,
            shown(breakdown.totalUsd.low),
            shown(breakdown.totalUsd.high),
          ],
        ],
      },
      {
        kind: 'text',
        heading: 'Before any payment',
        paragraphs: [
          `The low and high totals follow the treatment timeline's ranges. ${breakdown.rounding}`,
          `Price list: ${breakdown.priceList.label} (as of ${breakdown.priceList.asOf}). Flights are not included.`,
          'No invoice is issued until this version is accepted; if anything it was made from changes, a new version is prepared and needs its own acceptance.',
        ],
      },
    ],
  };
}
