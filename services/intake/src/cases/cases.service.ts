import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { CaseOpened } from '@carta/contracts';
import { notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { CaseAccess } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { Case } from './case.entity';
import { OpenCaseInput } from './open-case.input';
import { Patient } from './patient.entity';

const newPatientId = () => `pt_${randomBytes(8).toString('hex')}`;

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly access: CaseAccess,
  ) {}

  /** Patient, case and the CaseOpened event commit together or not at all. */
  openCase(input: OpenCaseInput): Promise<Case> {
    return this.dataSource.transaction(async (manager) => {
      const patientId = input.patientId ?? newPatientId();
      if (input.patientId) {
        if (!(await manager.existsBy(Patient, { id: patientId }))) throw notFound('patient');
      } else {
        await manager.insert(Patient, { id: patientId });
      }
      const openedAt = new Date();
      const kase = manager.create(Case, {
        id: randomUUID(),
        patientId,
        diagnosisIcd10: input.diagnosis.icd10,
        diagnosisDescription: input.diagnosis.description,
        coordinatorId: input.coordinatorId,
        status: 'NEW',
        openedAt,
      });
      await manager.insert(Case, kase);
      await this.outbox.append(manager, CaseOpened, {
        caseId: kase.id,
        patientId,
        diagnosis: { icd10: kase.diagnosisIcd10, description: kase.diagnosisDescription },
        coordinatorId: kase.coordinatorId,
        openedAt: openedAt.toISOString(),
      });
      return kase;
    });
  }

  async findReadable(identity: Identity, caseId: string): Promise<Case | null> {
    const kase = await this.dataSource.manager.findOneBy(Case, { id: caseId });
    if (!kase) return null;
    await this.access.assertCanRead(identity, caseId);
    return kase;
  }
}
