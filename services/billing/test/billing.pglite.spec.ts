import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { IDENTITY_HEADER, signIdentityAssertion } from '@carta/auth';
import {
  CaseOpened,
  CentreProfilePublished,
  CostEstimateAccepted,
  CostEstimatePrepared,
  InvoiceIssued,
  PaymentRecorded,
  PersonRecorded,
  TreatmentTimelinePlanned,
  TrialOpened,
} from '@carta/contracts';
import { DomainError } from '@carta/domain';
import { INTERNAL_SECRET, OBJECT_STORE, seal, SEALING_KEYRING, SealingKeyring } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { ObjectStore } from '@carta/storage';
import { anEstimateInput, aTrialSnapshot, identities, readPaperText } from '@carta/testing';
import { LedgerEntryRecord } from '../src/ledger/ledger-entry.entity';
import { parseInvoice, parseMovement } from '../src/ledger/ledger.input';
import { LedgerService } from '../src/ledger/ledger.service';
import { parseTariff } from '../src/tariffs/tariffs.input';
import { TariffsService } from '../src/tariffs/tariffs.service';
import { BillingAccount } from '../src/accounts/billing-account.entity';
import { Estimate } from '../src/estimates/estimate.entity';
import { parseAcceptEstimate, parsePrepareEstimate } from '../src/estimates/estimates.input';
import { EstimatesService } from '../src/estimates/estimates.service';
import { billingService } from '../src/service';

/** Billing alone on PGlite: an estimate priced from the timeline travel planned, its paper stored, and the family's acceptance of one version. */
describe('billing (one service on PGlite)', () => {
  let billing: ServiceHarness;
  let estimates: EstimatesService;
  const coordinator = identities.coordinator('coord-billing');
  const trialId = 'NCT09990301';
  const day = (offset: number) => new Date(billing.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const window = (from: number, to: number) => ({ earliest: day(from), latest: day(to) });

  beforeAll(async () => {
    billing = await startServiceHarness(billingService);
    estimates = billing.get(EstimatesService);
    await billing.deliver(TrialOpened, TrialOpened.schema.parse(aTrialSnapshot({ trialId, registryIds: [trialId], fundingModels: ['PATIENT_PAID'] })));
  }, 60_000);
  afterAll(() => billing?.close());

  /** A case as intake announces it, and its timeline as travel plans it. */
  async function caseWithTimeline(revision = 1): Promise<string> {
    const caseId = randomUUID();
    await billing.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
      coordinatorId: coordinator.subject,
      openedAt: billing.clock.now().toISOString(),
    });
    await planned(caseId, revision);
    return caseId;
  }
  const planned = (caseId: string, revision: number, manufacturingWaitDays = { min: 21, max: 35 }) =>
    billing.deliver(TreatmentTimelinePlanned, {
      caseId,
      revision,
      centreId: 'puth',
      trialId,
      productType: 'AUTOLOGOUS',
      milestones: [{ name: 'MANUFACTURING', start: window(10, 12), end: window(31, 47) }],
      infusion: window(36, 52),
      firstContactToInfusionDays: { min: 36, max: 52 },
      manufacturingWaitDays,
      monitoringDays: { min: 28, max: 28 },
      hotelMonitoringAfterDay14: true,
      reason: 'accepted by puth',
      plannedAt: billing.clock.now().toISOString(),
    });

  it('prepares an estimate from the planned timeline, stores its paper, and returns the same version for the same inputs', async () => {
    const caseId = await caseWithTimeline();
    expect(await billing.dataSource.getRepository(BillingAccount).findOneByOrFail({ caseId })).toMatchObject({ timelineRevision: 1, trialId });

    const estimate = await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()));
    expect(estimate).toMatchObject({ version: 1, timelineRevision: 1, acceptedAt: null });
    const paper = await billing.get<ObjectStore>(OBJECT_STORE).stat(estimate.objectKey);
    expect(paper).not.toBeNull();
    const [prepared] = await billing.outbox(CostEstimatePrepared, caseId);
    expect(prepared.data).toMatchObject({ estimateId: estimate.id, version: 1, fundingModel: 'PATIENT_PAID' });

    expect((await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()))).id).toBe(estimate.id);
    expect(await billing.outbox(CostEstimatePrepared, caseId)).toHaveLength(1);
  });

  it('refuses sponsor funding the trial does not have, and an estimate before any timeline', async () => {
    const caseId = await caseWithTimeline();
    await expect(estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput({ fundingModel: 'SPONSOR_FUNDED' })))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const noTimeline = randomUUID();
    await billing.deliver(CaseOpened, {
      caseId: noTimeline,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
      coordinatorId: coordinator.subject,
      openedAt: billing.clock.now().toISOString(),
    });
    await expect(estimates.prepare(coordinator, noTimeline, parsePrepareEstimate(anEstimateInput()))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await billing.dataSource.getRepository(Estimate).countBy({ caseId })).toBe(0);
  });

  it('accepts the current version once; a manufacturing delay makes a new version and the old one can no longer be accepted', async () => {
    const caseId = await caseWithTimeline();
    const v1 = await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()));
    await planned(caseId, 2, { min: 35, max: 49 });
    const v2 = await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()));
    expect(v2).toMatchObject({ version: 2, timelineRevision: 2 });

    await expect(estimates.accept(coordinator, v1.id, parseAcceptEstimate({ acceptedBy: 'Kenji Tanaka, husband' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2 },
    });
    const accepted = await estimates.accept(coordinator, v2.id, parseAcceptEstimate({ acceptedBy: 'Kenji Tanaka, husband' }));
    expect(accepted.acceptedBy).toBe('Kenji Tanaka, husband');
    expect((await billing.dataSource.getRepository(BillingAccount).findOneByOrFail({ caseId })).acceptedEstimateId).toBe(v2.id);
    expect((await billing.outbox(CostEstimateAccepted, caseId)).map((event) => event.data.version)).toEqual([2]);
    await expect(estimates.accept(coordinator, v2.id, parseAcceptEstimate({ acceptedBy: 'again' }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  describe('invoices a family can pay', () => {
    const office = identities.office('puth');
    const tariff = {
      label: 'PUTH international patients 2027',
      asOf: '2026-11-01',
      hospitalDay: '2800',
      monitoringDay: '1200',
      apheresis: '16000',
      lymphodepletionDay: '3500',
      crsIcansReserveLow: '25000',
      crsIcansReserveHigh: '120000',
      coordinationFee: '9000',
      interpreterDay: '700',
      hotelNight: '450',
      manufacturingLow: '60000',
      manufacturingHigh: '120000',
      manufacturingCurrency: 'USD',
    };
    const bank = {
      accountName: 'Peking University Third Hospital',
      bankName: 'Bank of China, Beijing Haidian Branch',
      accountNumber: '3456 7890 1234 5678 901',
      swift: 'BKCHCNBJ110',
    };
    let ledger: LedgerService;
    const pdfText = async (objectKey: string) =>
      (await readPaperText(await buffer((await billing.get<ObjectStore>(OBJECT_STORE).get(objectKey))!.body))).join('\n');
    const refusal = async (action: Promise<unknown>): Promise<DomainError> => {
      const error = await action.then(
        () => null,
        (caught: unknown) => caught,
      );
      if (error instanceof DomainError) return error;
      throw new Error(`expected a refusal, got ${String(error)}`);
    };

    beforeAll(async () => {
      ledger = billing.get(LedgerService);
      await billing.deliver(CentreProfilePublished, {
        centreId: 'puth',
        name: 'Peking University Third Hospital',
        nameZh: '北京大学第三医院',
        address: { en: '49 North Garden Road, Haidian District, Beijing 100191', zh: '北京市海淀区花园北路49号' },
        city: 'Beijing',
        hotelMonitoringAfterDay14: true,
        officeEmail: 'intl@puth.example.cn',
        officePhone: '+86 10 8226 6699',
        publishedAt: billing.clock.now().toISOString(),
      });
    });

    /** A case whose patient intake recorded (sealed, as intake seals it) and whose family accepted the current estimate. */
    async function acceptedCase(): Promise<string> {
      const caseId = await caseWithTimeline();
      await billing.deliver(PersonRecorded, {
        caseId,
        personId: randomUUID(),
        role: 'PATIENT',
        identity: seal(
          {
            givenName: 'Amaka',
            familyName: 'Okafor',
            birthDate: '1971-03-02',
            nationality: 'NGA',
            passportNumber: 'A01234567',
            passportExpiry: '2031-01-01',
            relationship: null,
            email: null,
            phone: null,
          },
          billing.get<SealingKeyring>(SEALING_KEYRING),
        ),
        recordedAt: billing.clock.now().toISOString(),
      });
      const estimate = await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()));
      await estimates.accept(coordinator, estimate.id, parseAcceptEstimate({ acceptedBy: 'Chidi Okafor, husband' }));
      return caseId;
    }
    const deposit = parseInvoice({ kind: 'DEPOSIT', amount: { amount: '100000.00', currency: 'CNY' } });

    it('refuses to invoice an estimate priced from the illustrative list, which says so on its face', async () => {
      await billing.dataSource.query(`DELETE FROM billing.centre_tariff WHERE centre_id = 'puth'`);
      const caseId = await acceptedCase();
      const [estimate] = await estimates.versionsOf(caseId);
      expect(estimate.breakdown.priceList.illustrative).toBe(true);
      expect(await pdfText(estimate.objectKey)).toContain('ILLUSTRATIVE PRICES: NOT A QUOTE');
      const error = await refusal(ledger.invoice(coordinator, caseId, deposit));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain("the centre's office must set its tariff");
      expect(await billing.dataSource.getRepository(LedgerEntryRecord).countBy({ caseId })).toBe(0);
    });

    it('issues an invoice with a checkable reference, payer, payee, bank, due date and USD at the dated rate, all on its bilingual PDF', async () => {
      await billing.get(TariffsService).set(office, 'puth', parseTariff(tariff));
      const withoutBank = await acceptedCase();
      expect((await refusal(ledger.invoice(coordinator, withoutBank, deposit))).message).toContain('bank details');

      await billing.get(TariffsService).set(office, 'puth', parseTariff({ ...tariff, bank }));
      const caseId = await acceptedCase();
      const invoice = await ledger.invoice(coordinator, caseId, deposit);
      const issuedOn = invoice.on;
      expect(invoice.reference).toMatch(/^INV-\d{2}-[0-9A-HJKMNP-TV-Z]{6}$/);
      expect(invoice.dueOn).toBe(new Date(Date.parse(issuedOn) + 14 * 86_400_000).toISOString().slice(0, 10));
      // anEstimateInput's rate: 100,000.00 CNY at its USD → CNY rate, rounded half to even once.
      const rate = invoice.rate!;
      expect(rate).toMatchObject({ from: 'USD', to: 'CNY' });
      const usd = (Number(invoice.usdMinor) / 100).toFixed(2);
      expect(Math.abs(Number(usd) * Number(rate.rate) - 100_000)).toBeLessThan(0.01 * Number(rate.rate));
      const [issued] = await billing.outbox(InvoiceIssued, caseId);
      expect(issued.data).toMatchObject({ reference: invoice.reference, dueOn: invoice.dueOn });
      expect(JSON.stringify(issued.data)).not.toContain('Okafor');

      const text = await pdfText(invoice.objectKey!);
      for (const shown of [
        invoice.reference!,
        'OKAFOR Amaka',
        '北京大学第三医院',
        'Peking University Third Hospital',
        '北京市海淀区花园北路49号',
        'Bank of China, Beijing Haidian Branch',
        '3456789012345678901',
        'BKCHCNBJ110',
        invoice.dueOn!,
        '100,000.00 CNY',
        `${Number(usd).toLocaleString('en-US', { minimumFractionDigits: 2 })} USD`,
        `1 USD = ${rate.rate} CNY`,
        rate.asOf,
      ])
        expect(text).toContain(shown);
    });

    it('counts a USD payment at its dated rate, keeps the rate, reconciles, and refuses rates that are missing, needless or mistyped references, naming the field', async () => {
      const caseId = await acceptedCase();
      const invoice = await ledger.invoice(coordinator, caseId, deposit);
      const on = invoice.on;
      const rate = { rate: '7.1034', asOf: on, source: 'Bank of China spot' };

      const missing = await refusal(
        ledger.recordPayment(coordinator, caseId, parseMovement({ reference: 'swift-1', amount: { amount: '14077.76', currency: 'USD' }, on })),
      );
      expect([missing.code, missing.details]).toEqual(['BAD_USER_INPUT', { field: 'rate' }]);
      const needless = await refusal(
        ledger.recordPayment(coordinator, caseId, parseMovement({ reference: 'bank-1', amount: { amount: '100', currency: 'CNY' }, on, rate })),
      );
      expect(needless.details).toEqual({ field: 'rate' });
      const typo = invoice.reference!.slice(0, -1) + (invoice.reference!.endsWith('0') ? '1' : '0');
      const mistyped = await refusal(
        ledger.recordPayment(
          coordinator,
          caseId,
          parseMovement({ reference: 'swift-1', amount: { amount: '14077.76', currency: 'USD' }, on, rate, invoiceReference: typo }),
        ),
      );
      expect(mistyped.details).toEqual({ field: 'invoiceReference' });

      const money = await ledger.recordPayment(
        coordinator,
        caseId,
        parseMovement({ reference: 'swift-1', amount: { amount: '14077.76', currency: 'USD' }, on, rate, invoiceReference: invoice.reference!.toLowerCase() }),
      );
      // 14,077.76 USD × 7.1034 = 99,999.961… → 99,999.96 CNY
      expect(money.balance.paid.format()).toBe('99,999.96 CNY');
      expect(money.balance.due.format()).toBe('0.04 CNY');
      expect(money.balance.invoiced.minus(money.balance.paid).plus(money.balance.refunded).equals(money.balance.due)).toBe(true);
      const payment = money.entries.find((entry) => entry.type === 'PAYMENT')!;
      expect(payment).toMatchObject({
        receivedMinor: '1407776',
        receivedCurrency: 'USD',
        forInvoice: invoice.reference,
        rate: { from: 'USD', to: 'CNY', ...rate },
      });
      expect((await billing.outbox(PaymentRecorded, caseId)).map((event) => event.data.amount)).toEqual([{ minor: '9999996', currency: 'CNY' }]);
      // The same bank notification again changes nothing.
      await ledger.recordPayment(coordinator, caseId, parseMovement({ reference: 'swift-1', amount: { amount: '14077.76', currency: 'USD' }, on, rate }));
      expect(await billing.outbox(PaymentRecorded, caseId)).toHaveLength(1);
    });

    it("nulls only `billing` for a caller who may not see the case's money, with FORBIDDEN at its path", async () => {
      const caseId = await acceptedCase();
      const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Case { id billing { caseId } } } }`;
      const ask = async (identity: { subject: string; roles: string[]; centreId?: string }) => {
        const response = await fetch(`${billing.running.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [IDENTITY_HEADER]: await signIdentityAssertion(identity as never, billing.get<string>(INTERNAL_SECRET)),
          },
          body: JSON.stringify({ query, variables: { representations: [{ __typename: 'Case', id: caseId }] } }),
        });
        return (await response.json()) as {
          data: { _entities: ({ id: string; billing: { caseId: string } | null } | null)[] };
          errors?: { path: unknown[]; extensions: { code: string } }[];
        };
      };
      const refused = await ask(office);
      expect(refused.data._entities).toEqual([{ id: caseId, billing: null }]);
      expect(refused.errors?.map((error) => [error.path, error.extensions.code])).toEqual([[['_entities', 0, 'billing'], 'FORBIDDEN']]);
      const allowed = await ask(coordinator);
      expect(allowed.data._entities).toEqual([{ id: caseId, billing: { caseId } }]);
    });
  });
});
