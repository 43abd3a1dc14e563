import { deriveContactKeys } from './contact-keys';
import { enrichLead } from './enrich-lead';

describe('dedupe keys at intake', () => {
  const leads = [
    { email: 'ana@acme.com.mx', phone: '81 5555 1234', location: 'Monterrey, México' },
    { email: 'bob@gmail.com', phone: '+1 305 555 0100', location: 'USA, Miami' },
    { email: 'carla@empresa.com.co', phone: '604 444 2130', location: null },
    { email: 'dani@outlook.com', phone: '0000000', location: 'Madrid' },
    { email: 'not-an-email', phone: null, location: null },
    { email: 'eva@universidad.edu.mx', phone: '55 1234 5678', location: 'CDMX' },
  ];

  it.each(leads)('are what the full enrichment derives for $email', (lead) => {
    const full = enrichLead({ fullName: '', ...lead });
    expect(deriveContactKeys(lead)).toEqual({ phoneE164: full.phoneE164, companyDomain: full.emailType === 'CORPORATE' ? full.emailDomain : null });
  });
});
