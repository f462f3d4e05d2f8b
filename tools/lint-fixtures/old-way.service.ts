// The old ways of a service, kept to prove the lint refuses each (tools/test/lint-rules.spec.ts). Never imported.
import { Identity } from '@carta/auth';
import { parseInput } from '@carta/service-kit';
import { z } from 'zod';

const noteInput = z.object({ note: z.string() });

export class OldWayService {
  record(identity: Identity, raw: unknown): string | null {
    if (!identity.roles.some((role) => role === 'coordinator' || role === 'admin')) return null;
    return parseInput(noteInput, raw).note;
  }

  async both(manager: { findOneBy(what: string): Promise<unknown> }): Promise<unknown[]> {
    return Promise.all([manager.findOneBy('case'), manager.findOneBy('journey')]);
  }
}
