import { Identity } from '@carta/auth';
import { CaseAccess } from '@carta/case-access';
import { notFound } from '@carta/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Case } from './case.entity';

/** Loads the case FOR UPDATE, checks the caller may change it, applies the change in one transaction. */
export function changeCase(
  dataSource: DataSource,
  access: CaseAccess,
  identity: Identity,
  caseId: string,
  change: (manager: EntityManager, kase: Case) => Promise<void>,
): Promise<Case> {
  return dataSource.transaction(async (manager) => {
    const kase = await manager.findOne(Case, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!kase) throw notFound('case');
    await access.assertCanWrite(identity, caseId, manager);
    await change(manager, kase);
    return kase;
  });
}
