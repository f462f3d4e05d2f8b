import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlatformConfig } from '@carta/service-kit';
import { anOpenCaseInput, eventually, identities, readPaperText } from '@carta/testing';
import { RunningPlatform, startPlatform } from '../platform';
import { recordConsentWithForm } from './consent-form';
import { gatewayClient } from './gateway-client';

/**
 * `npm start`'s mode, with no servers at all (PGlite, the in-process bus, files): a case from opening
 * to a paid deposit, so the README's first command keeps working end to end.
 */
describe('the embedded platform (npm start)', () => {
  let dataDir: string;
  let platform: RunningPlatform;
  const gateway = gatewayClient(() => platform);
  const coordinator = identities.coordinator('coord-embedded');
  const puthOffice = identities.office('puth');

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'carta-embedded-'));
    platform = await startPlatform(loadPlatformConfig({ CARTA_DATA_DIR: dataDir }), { ports: 'any' });
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('takes a case from opening to a journey, an accepted estimate, an invoice and its payment', async () => {
    const opened = await gateway<{ openCase: { id: string } }>(coordinator, `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`, {
      input: anOpenCaseInput({ coordinatorId: 'coord-embedded' }),
    });
    const caseId = opened.data!.openCase.id;
    const consent = await recordConsentWithForm(() => platform, coordinator, caseId, 'puth', {
      purpose: 'TREATMENT',
      categories: ['CLINICAL_SUMMARY', 'TRAVEL', 'FINANCIAL'],
    });
    expect(consent.errors).toBeUndefined();
    const referral = await eventually(
      'the submission',
      async () =>
        (
          await gateway<{ submitCase: { id: string } }>(
            coordinator,
            `mutation($id: ID!) { submitCase(caseId: $id, trialId: "NCT05277987", centreId: "puth") { id } }`,
            { id: caseId },
          )
        ).data?.submitCase,
    );
    await eventually(
      'the decision',
      async () =>
        (
          await gateway<{ recordPiDecision: unknown }>(puthOffice, `mutation($id: ID!) { recordPiDecision(referralId: $id, decision: ACCEPTED) { status } }`, {
            id: referral.id,
          })
        ).data?.recordPiDecision,
    );

    // Travel and billing start after centres published its trials: they must still know them.
    const journey = await eventually(
      'the journey',
      async () =>
        (
          await gateway<{ case: { journey: { productType: string } | null } }>(coordinator, `query($id: ID!) { case(id: $id) { journey { productType } } }`, {
            id: caseId,
          })
        ).data?.case.journey,
    );
    expect(journey.productType).toBe('AUTOLOGOUS');
    // Nothing is invoiced from the illustrative list: the office sets its tariff and bank account first.
    const TARIFF = `mutation { setCentreTariff(centreId: "puth", tariff: { label: "PUTH 2027", asOf: "2026-11-01", hospitalDay: "2800", monitoringDay: "1200", apheresis: "16000", lymphodepletionDay: "3500", crsIcansReserveLow: "25000", crsIcansReserveHigh: "120000", coordinationFee: "9000", interpreterDay: "700", hotelNight: "450", manufacturingLow: "60000", manufacturingHigh: "120000", manufacturingCurrency: "USD", bank: { accountName: "Peking University Third Hospital", bankName: "Bank of China", accountNumber: "3456789012345678901", swift: "BKCHCNBJ110" } }) { label } }`;
    expect((await gateway(puthOffice, TARIFF)).errors).toBeUndefined();
    const estimate = await eventually(
      'billing to know the timeline',
      async () =>
        (
          await gateway<{ prepareCostEstimate: { id: string } }>(
            coordinator,
            `mutation($id: ID!) { prepareCostEstimate(caseId: $id, input: { fundingModel: PATIENT_PAID, usdToCny: { rate: "7.1", asOf: "2026-11-20", source: "test" }, familyStaysDuringManufacturing: false }) { id } }`,
            { id: caseId },
          )
        ).data?.prepareCostEstimate,
    );
    expect(
      (
        await gateway(coordinator, `mutation($id: ID!) { acceptCostEstimate(estimateId: $id, input: { acceptedBy: "Ken Tanaka, son" }) { version } }`, {
          id: estimate.id,
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await gateway(
          coordinator,
          `mutation($id: ID!) { issueInvoice(caseId: $id, input: { kind: DEPOSIT, amount: { amount: "1000.50", currency: "CNY" } }) { id } }`,
          { id: caseId },
        )
      ).errors,
    ).toBeUndefined();
    const PAY = `mutation($id: ID!) { recordPayment(caseId: $id, payment: { reference: "P-1", amount: { amount: "1000.50", currency: "CNY" }, on: "2026-11-20" }) { payments { amount { minor } } balance { due { amount } } } }`;
    const paid = await gateway(coordinator, PAY, { id: caseId });
    expect(paid.data).toEqual({ recordPayment: { payments: [{ amount: { minor: '100050' } }], balance: { due: { amount: '0.00' } } } });
    expect((await gateway(coordinator, PAY, { id: caseId })).data).toEqual(paid.data);

    // The filesystem store's signed link is served by the service that made it.
    const link = await gateway<{ costEstimateDownload: { url: string } }>(coordinator, `query($id: ID!) { costEstimateDownload(estimateId: $id) { url } }`, {
      id: estimate.id,
    });
    const response = await fetch(link.data!.costEstimateDownload.url);
    expect(response.status).toBe(200);
    expect((await readPaperText(Buffer.from(await response.arrayBuffer()))).join('\n')).toContain('Cost estimate, version 1');
  }, 120_000);
});
