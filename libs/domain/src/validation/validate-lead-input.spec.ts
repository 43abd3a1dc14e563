import { validateCompanyProfile } from './validate-company-profile';
import { validateLeadInput } from './validate-lead-input';

describe('validateLeadInput', () => {
  it('accepts a minimal lead and trims its text', () => {
    expect(validateLeadInput({ fullName: '  Ana Ruiz ', email: ' ana@empresa.mx ' })).toEqual({ ok: true, lead: { fullName: 'Ana Ruiz', email: 'ana@empresa.mx' } });
  });

  it('keeps an invalid email: the classification marks it INVALID', () => {
    expect(validateLeadInput({ fullName: 'X', email: 'not-an-email' }).ok).toBe(true);
  });

  it('requires fullName and email', () => {
    const result = validateLeadInput({ fullName: '   ', description: 'hola' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'fullName', message: 'is required' },
        { field: 'email', message: 'is required' },
      ],
    });
  });

  it('checks types, ranges, sources and lengths field by field', () => {
    const result = validateLeadInput({
      fullName: 'A'.repeat(201),
      email: 42,
      age: 131,
      companySize: -1,
      source: 'fax',
      description: 'x'.repeat(5001),
      notifyEmail: 'nobody',
      phone: 5551234,
    });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.errors.map((e) => e.field);
    expect(fields.sort()).toEqual(['age', 'companySize', 'description', 'email', 'fullName', 'notifyEmail', 'phone', 'source'].sort());
  });

  it('accepts whole numbers written as text (CSV cells) and normalises the source', () => {
    const result = validateLeadInput({ fullName: 'Ana', email: 'a@b.mx', age: '42', companySize: ' 120 ', source: 'Web_Form', industry: '', phone: null });
    expect(result).toEqual({ ok: true, lead: { fullName: 'Ana', email: 'a@b.mx', age: 42, companySize: 120, source: 'web_form' } });
    expect(validateLeadInput({ fullName: 'Ana', email: 'a@b.mx', age: 41.5 }).ok).toBe(false);
  });

  it('rejects anything that is not an object', () => {
    for (const raw of [null, 'lead', [], 3]) expect(validateLeadInput(raw)).toEqual({ ok: false, errors: [{ field: 'lead', message: 'must be an object' }] });
  });
});

describe('validateCompanyProfile', () => {
  it('needs the four Company Info fields and accepts the optional hints', () => {
    const profile = { companyName: 'SAS', shortDescription: 'Respaldo', mainServices: ['Respaldo de datos'], targetAudience: 'Empresas', targetCountries: ['Mexico'] };
    expect(validateCompanyProfile(profile)).toEqual({ ok: true, profile });
    const bad = validateCompanyProfile({ companyName: 'SAS', mainServices: [], targetCountries: 'Mexico' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['shortDescription', 'targetAudience', 'mainServices', 'targetCountries']);
  });
});
