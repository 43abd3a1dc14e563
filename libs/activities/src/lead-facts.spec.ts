import { deriveContactKeys } from './lead-facts';

describe('dedupe keys', () => {
  it('normalises the phone to E.164 with the country of the location', () => {
    expect(deriveContactKeys({ email: 'ana@acme.com.mx', phone: '81 5555 1234', location: 'Monterrey, México' }).phoneE164).toBe('+528155551234');
  });

  it('keeps the company domain of corporate addresses only', () => {
    expect(deriveContactKeys({ email: 'ana@acme.com.mx', phone: null, location: null }).companyDomain).toBe('acme.com.mx');
    expect(deriveContactKeys({ email: 'ana@gmail.com', phone: null, location: null }).companyDomain).toBeNull();
  });
});
