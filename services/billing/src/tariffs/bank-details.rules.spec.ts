import { parseBankDetails } from './bank-details.rules';

const puth = {
  accountName: 'Peking University Third Hospital',
  bankName: 'Bank of China, Beijing Haidian Branch',
  accountNumber: '3456 7890 1234 5678 901',
  swift: 'bkchcnbj110',
};

describe('bank details', () => {
  it('keeps a Chinese domestic account number and a SWIFT code, spaces dropped', () => {
    expect(parseBankDetails(puth, 'tariff.bank')).toEqual({ ...puth, accountNumber: '3456789012345678901', swift: 'BKCHCNBJ110' });
  });

  it('checks an IBAN by its check digits', () => {
    expect(parseBankDetails({ ...puth, accountNumber: 'DE89 3704 0044 0532 0130 00', swift: 'COBADEFFXXX' }, 'tariff.bank').accountNumber).toBe(
      'DE89370400440532013000',
    );
    expect(() => parseBankDetails({ ...puth, accountNumber: 'DE89 3704 0044 0532 0130 01' }, 'tariff.bank')).toThrow(
      'tariff.bank.accountNumber: not a valid IBAN',
    );
  });

  it('refuses what no bank could use, naming the field', () => {
    expect(() => parseBankDetails({ ...puth, accountNumber: '12-34' }, 'tariff.bank')).toThrow('tariff.bank.accountNumber');
    expect(() => parseBankDetails({ ...puth, swift: 'BKCH' }, 'tariff.bank')).toThrow('tariff.bank.swift');
  });
});
