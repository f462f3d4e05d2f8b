import { Identity } from '@carta/auth';
import { aConsentInput, aPdf, ConsentInput, eventually, sha256Hex } from '@carta/testing';
import { RunningPlatform } from '../platform';
import { gatewayClient, GraphQLResponse } from './gateway-client';

/**
 * A consent cites its signed form, which must be a verified CONSENT_FORM document of the case:
 * uploads one (streamed through the gateway, verified on arrival) and returns its document id.
 */
export async function uploadConsentForm(platform: () => RunningPlatform, as: Identity, caseId: string): Promise<string> {
  const gateway = gatewayClient(platform);
  const bytes = aPdf('/Title (Signed consent)');
  // Documents learns of the case from its opening event: retry until it takes the upload.
  const ticket = await eventually('documents to take the consent form', async () => {
    const answer = await gateway<{ requestDocumentUpload: { documentId: string; streamUploadPath: string } }>(
      as,
      `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { documentId streamUploadPath } }`,
      {
        input: {
          caseId,
          kind: 'CONSENT_FORM',
          fileName: 'consent.pdf',
          contentType: 'application/pdf',
          sizeBytes: bytes.length,
          sha256: sha256Hex(bytes),
          language: 'en',
          recordDate: new Date().toISOString().slice(0, 10),
        },
      },
    );
    return answer.data?.requestDocumentUpload;
  });
  const put = await fetch(`${platform().gateway.url.replace(/\/graphql$/, '')}${ticket.streamUploadPath}`, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': 'application/pdf', authorization: `Bearer ${await platform().devIssuer.issue(as)}` },
  });
  const result = (await put.json().catch(() => ({}))) as { status?: string };
  if (put.status !== 200 || result.status !== 'VERIFIED') throw new Error(`the consent form upload answered ${put.status} ${JSON.stringify(result)}`);
  return ticket.documentId;
}

/**
 * Records a consent as a coordinator does: uploads the signed form, then records the consent citing
 * it, retrying while intake has not yet heard (by event) that the form was verified or the centre published. Any other
 * answer (a refusal, a missing centre contact) is returned at once for the test to judge.
 */
export async function recordConsentWithForm<T = { id: string }>(
  platform: () => RunningPlatform,
  as: Identity,
  caseId: string,
  centreId = 'puth',
  overrides: Partial<ConsentInput> = {},
  selection = 'id',
): Promise<GraphQLResponse<{ recordConsent: T }>> {
  const gateway = gatewayClient(platform);
  const signedFormDocumentId = overrides.signedFormDocumentId ?? (await uploadConsentForm(platform, as, caseId));
  const record = () =>
    gateway<{ recordConsent: T }>(as, `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { ${selection} } }`, {
      input: aConsentInput(caseId, centreId, { ...overrides, signedFormDocumentId }),
    });
  return eventually('intake to know the signed form', async () => {
    const answer = await record();
    // Intake learns of the verified form, and of the centre's published profile, by events.
    const waiting = answer.errors?.some((error) => error.extensions?.field === 'signedFormDocumentId' || /not published its profile/.test(error.message));
    return waiting ? null : answer;
  });
}
