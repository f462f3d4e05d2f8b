import { queueFilter, queueState, withQueueState } from './work-queue';

describe('the work queue state in the URL', () => {
  it('starts on the first page of every case the API lets the caller see', () => {
    const state = queueState(new URLSearchParams());
    expect(state).toEqual({ text: '', statuses: [], mine: false, pageSize: 25, after: null });
    expect(queueFilter(state)).toEqual({});
  });

  it('asks for exactly the conditions the person set', () => {
    const state = queueState(new URLSearchParams('q=+CA-7K3+&status=NEW&status=SUBMITTED&mine=1&size=10&after=abc'));
    expect(queueFilter(state)).toEqual({ text: 'CA-7K3', statuses: ['NEW', 'SUBMITTED'], mine: true });
    expect(state.after).toBe('abc');
    expect(state.pageSize).toBe(10);
  });

  it('ignores what it does not know (a typed-in status or page size) instead of sending it', () => {
    const state = queueState(new URLSearchParams('status=HACKED&status=NEW&size=100000'));
    expect(state.statuses).toEqual(['NEW']);
    expect(state.pageSize).toBe(25);
  });

  it('round-trips through the URL, dropping defaults and the cursor when a filter changes', () => {
    const state = queueState(new URLSearchParams('q=CA&status=NEW&size=10&after=abc'));
    expect(queueState(withQueueState(state, {}))).toEqual(state);
    expect(withQueueState(state, { statuses: ['CLOSED'], after: null }).toString()).toBe('q=CA&status=CLOSED&size=10');
    expect(withQueueState(queueState(new URLSearchParams()), {}).toString()).toBe('');
  });
});
