import { Box, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, today } from '../i18n/format';
import { layoutTimeline, type PlannedMilestone } from './timeline-chart';

const LABEL_WIDTH = 190;
const AXIS_WIDTH = 760;
const ROW = 26;
const TOP = 28;

interface Props {
  milestones: readonly (PlannedMilestone & { note: string })[];
  infusion: { earliest: string; latest: string };
  revision: number;
  arrivedOn?: string | null;
}

/**
 * The treatment timeline as a chart (each phase a bar over its window: pale where it may fall, solid
 * where it surely runs), described for screen readers, and the same data as a table with exact days.
 */
export function TimelineChart({ milestones, infusion, revision, arrivedOn }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const titleId = useId();
  const descId = useId();
  const layout = layoutTimeline(milestones, AXIS_WIDTH);
  const height = TOP + milestones.length * ROW + 8;
  const day = (value: string) => formatDay(value, locale);
  const window = (value: { earliest: string; latest: string }) =>
    value.earliest === value.latest ? day(value.earliest) : t('journey.timeline.between', { earliest: day(value.earliest), latest: day(value.latest) });
  const todayX = layout.at(today());
  const arrivedX = arrivedOn ? layout.at(arrivedOn) : null;
  return (
    <>
      <Box style={{ overflowX: 'auto' }}>
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${LABEL_WIDTH + AXIS_WIDTH + 10} ${height}`}
          style={{ width: '100%', minWidth: 720, height: 'auto', display: 'block' }}
        >
          <title id={titleId}>{t('journey.timeline.chartTitle', { revision })}</title>
          <desc id={descId}>
            {t('journey.timeline.chartDescription', {
              count: milestones.length,
              first: layout.first ? day(layout.first) : '',
              last: layout.last ? day(layout.last) : '',
              infusion: window(infusion),
            })}
          </desc>
          <g transform={`translate(${LABEL_WIDTH}, 0)`}>
            {layout.ticks.map((tick) => (
              <g key={tick.day}>
                <line x1={tick.x} x2={tick.x} y1={TOP - 6} y2={height} stroke="#adb5bd" strokeDasharray="2 3" />
                <text x={tick.x + 3} y={TOP - 10} fontSize={11} fill="#343a40">
                  {new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${tick.day}T00:00:00Z`))}
                </text>
              </g>
            ))}
            {layout.bars.map((bar, index) => {
              const y = TOP + index * ROW + 5;
              return (
                <g key={bar.name}>
                  <rect x={bar.windowX} y={y} width={Math.max(bar.windowWidth, 3)} height={ROW - 10} rx={3} fill="#a5d8ff" />
                  {bar.certainX !== undefined && (
                    <rect x={bar.certainX} y={y} width={Math.max(bar.certainWidth ?? 0, 2)} height={ROW - 10} rx={3} fill="#1864ab" />
                  )}
                  {bar.singleDay && <rect x={bar.windowX} y={y} width={Math.max(bar.windowWidth, 3)} height={ROW - 10} rx={3} fill="#e8590c" />}
                </g>
              );
            })}
            {todayX !== null && <line x1={todayX} x2={todayX} y1={TOP - 4} y2={height} stroke="#c92a2a" strokeWidth={2} />}
            {arrivedX !== null && <line x1={arrivedX} x2={arrivedX} y1={TOP - 4} y2={height} stroke="#2b8a3e" strokeWidth={2} />}
          </g>
          {milestones.map((milestone, index) => (
            <text key={milestone.name} x={4} y={TOP + index * ROW + 17} fontSize={12} fill="#212529">
              {t(`journey.milestone.${milestone.name}`)}
            </text>
          ))}
        </svg>
      </Box>
      <Text size="sm" c="dimmed">
        {t('journey.timeline.legend')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Caption>{t('journey.timeline.tableCaption', { revision })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('journey.timeline.phase')}</Table.Th>
              <Table.Th scope="col">{t('journey.timeline.starts')}</Table.Th>
              <Table.Th scope="col">{t('journey.timeline.ends')}</Table.Th>
              <Table.Th scope="col">{t('journey.timeline.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {milestones.map((milestone) => (
              <Table.Tr key={milestone.name}>
                <Table.Th scope="row">{t(`journey.milestone.${milestone.name}`)}</Table.Th>
                <Table.Td>{window(milestone.start)}</Table.Td>
                <Table.Td>{window(milestone.end)}</Table.Td>
                <Table.Td>{milestone.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
