import { z } from 'zod';
import { parseInput } from '../validation';

const limit = z.number().int().min(1, 'must be between 1 and 500').max(500, 'must be between 1 and 500');

/** How many dead letters one page lists. */
export const parseDeadLetterLimit = (value: unknown): number => parseInput(z.object({ limit }), { limit: value }).limit;
