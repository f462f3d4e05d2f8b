import { randomUUID } from 'node:crypto';
import { CaseOpened } from '@carta/contracts';
import { RunningGateway, startGateway } from '@carta/gateway';
import { DevTokenIssuer } from '@carta/auth';
import { INTERNAL_SECRET } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aPdf, anUploadRequest, identities } from '@carta/testing';
import { documentsService } from '@carta/documents';

/**
 * Upload links are on the platform's public origin (item 2 of issue 12): the embedded store's signed
 * form names the gateway's `/objects/documents`, never the service's own port, and the gateway
 * forwards the posted form to the documents service, which checks and keeps it. No engines.
 */
describe('upload forms on the public origin (embedded store, through the gateway)', () => {
  let documents: ServiceHarness;
  let gateway: RunningGateway;
  let issuer: DevTokenIssuer;
  const coordinator = identities.coordinator('coord-upload-links');

  beforeAll(async () => {
    documents = await startServiceHarness(documentsService);
    issuer = await DevTokenIssuer.create();
    gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      subgraphUrls: { documents: `${documents.running.url}/graphql` },
      verifier: issuer.verifier(),
      // The gateway signs forwarded identities with the secret the documents service checks them with.
      internalSecret: documents.get<string>(INTERNAL_SECRET),
      rateLimit: { perIdentityPerMinute: 100, perAddressPerMinute: 100 },
    });
  }, 60_000);
  afterAll(async () => {
    await gateway?.close();
    await documents?.close();
  });

  it('hands out a form on the public origin that the gateway forwards to documents, which verifies the bytes', async () => {
    const caseId = randomUUID();
    await documents.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' },
      coordinatorId: coordinator.subject,
      openedAt: new Date().toISOString(),
    });
    const graphql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const answer = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await issuer.issue(coordinator)}` },
        body: JSON.stringify({ query, variables }),
      });
      const { data, errors } = (await answer.json()) as { data: T; errors?: unknown };
      expect(errors).toBeUndefined();
      return data;
    };
    const bytes = aPdf('/Title (pathology)');
    const { requestDocumentUpload: ticket } = await graphql<{
      requestDocumentUpload: { versionId: string; upload: { url: string; method: string; fields: { name: string; value: string }[] } };
    }>(
      `
        mutation ($input: RequestDocumentUploadInput!) {
          requestDocumentUpload(input: $input) {
            versionId
            upload {
              url
              method
              fields {
                name
                value
              }
            }
          }
        }
      `,
      {
        input: anUploadRequest(caseId, 'PATHOLOGY_REPORT', bytes),
      },
    );

    // The harness's public origin is the default gateway address; the service listens elsewhere.
    expect(ticket.upload.url).toBe('http://127.0.0.1:4000/objects/documents');
    expect(ticket.upload.url).not.toContain(new URL(documents.running.url).host);

    // Posted as a browser would, to this test's gateway (its port is not the default one).
    const form = new FormData();
    for (const { name, value } of ticket.upload.fields) form.append(name, value);
    form.append('file', new Blob([bytes]), 'pathology.pdf');
    const posted = await fetch(new URL(new URL(ticket.upload.url).pathname, new URL(gateway.url).origin), { method: 'POST', body: form });
    expect(posted.status).toBe(204);
    const { completeDocumentUpload } = await graphql<{ completeDocumentUpload: { status: string } }>(
      `
        mutation ($id: ID!) {
          completeDocumentUpload(versionId: $id) {
            status
          }
        }
      `,
      { id: ticket.versionId },
    );
    expect(completeDocumentUpload.status).toBe('VERIFIED');

    // A tampered form is refused by documents, and the gateway passes the refusal on.
    const tampered = new FormData();
    for (const { name, value } of ticket.upload.fields) tampered.append(name, name === 'x-carta-size' ? '1' : value);
    tampered.append('file', new Blob([Buffer.from('x')]), 'x.pdf');
    const refused = await fetch(new URL('/objects/documents', new URL(gateway.url).origin), { method: 'POST', body: tampered });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
  });
});
