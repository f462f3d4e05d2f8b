// The work queue's state as URL search parameters, and the API filter it stands for (pure: unit-tested).
import type { CaseFilter, CaseStatus } from '../gql/graphql';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'NEW',
  'COLLECTING_RECORDS',
  'READY_FOR_SCREENING',
  'SUBMITTED',
  'ACCEPTED',
  'DECLINED',
  'TRAVEL_PLANNING',
  'IN_TREATMENT',
  'FOLLOW_UP',
  'CLOSED',
  'WITHDRAWN',
];
export const QUEUE_PAGE_SIZES = [1, 10, 25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 25;

export interface QueueState {
  text: string;
  statuses: CaseStatus[];
  mine: boolean;
  pageSize: number;
  /** The cursor this page starts after (null: the first page). */
  after: string | null;
}

export function queueState(params: URLSearchParams): QueueState {
  const size = Number(params.get('size'));
  return {
    text: params.get('q') ?? '',
    statuses: params.getAll('status').filter((status): status is CaseStatus => (CASE_STATUSES as readonly string[]).includes(status)),
    mine: params.get('mine') === '1',
    pageSize: (QUEUE_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    after: params.get('after') || null,
  };
}

export function withQueueState(state: QueueState, change: Partial<QueueState>): URLSearchParams {
  const next = { ...state, ...change };
  const params = new URLSearchParams();
  if (next.text.trim()) params.set('q', next.text.trim());
  next.statuses.forEach((status) => params.append('status', status));
  if (next.mine) params.set('mine', '1');
  if (next.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(next.pageSize));
  if (next.after) params.set('after', next.after);
  return params;
}

/** What the API is asked for; only conditions the person set (the API decides what they may see). */
export function queueFilter(state: QueueState): CaseFilter {
  const filter: CaseFilter = {};
  if (state.text.trim()) filter.text = state.text.trim();
  if (state.statuses.length > 0) filter.statuses = state.statuses;
  if (state.mine) filter.mine = true;
  return filter;
}
