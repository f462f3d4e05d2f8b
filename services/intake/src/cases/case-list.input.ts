import { caseStatus, centreId } from '@carta/contracts';
import { parseInput } from '@carta/service-kit';
import { z } from 'zod';
import { pageSize } from '@carta/domain';

const caseFilter = z
  .object({
    statuses: z.array(caseStatus).max(20).nullish(),
    coordinatorId: z.string().trim().min(1).max(100).nullish(),
    mine: z.boolean().nullish(),
    centreId: centreId.nullish(),
    reviewOverdue: z.boolean().nullish(),
    staleRecords: z.boolean().nullish(),
    // A prefix of a reference or a pseudonymous id: short, and never a name (nothing else is searched).
    text: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/, 'search by reference, case id or patient id (letters, digits, - and _)')
      .nullish(),
  })
  .nullish();

export type CaseFilter = NonNullable<z.infer<typeof caseFilter>>;

export interface CaseListRequest {
  filter: CaseFilter;
  first: number;
  after: string | null;
}

export function parseCaseList(args: { filter?: unknown; first?: unknown; after?: unknown }): CaseListRequest {
  const filter = parseInput(z.object({ filter: caseFilter }), { filter: args.filter }).filter ?? {};
  const { first, after } = parseInput(z.object({ first: z.number().nullish(), after: z.string().max(400).nullish() }), {
    first: args.first,
    after: args.after,
  });
  return { filter, first: pageSize(first, 25, 'cases'), after: after ?? null };
}
