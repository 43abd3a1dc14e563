import { normalizeHeader, parseMapping, planColumns, recordToRawLead, rowIdempotencyKey, sniffDelimiter } from './lead-csv';

describe('lead CSV columns', () => {
  it('matches headers whatever their case, accents and punctuation', () => {
    expect(normalizeHeader('  Ubicación ')).toBe('ubicacion');
    expect(normalizeHeader('E-mail')).toBe('e mail');
    expect(normalizeHeader('Correo a Notificar')).toBe('correo a notificar');
  });

  it('maps the brief\'s English and Spanish headers by default', () => {
    const plan = planColumns(['Nombre', 'Correo', 'Puesto', 'Empresa', 'Teléfono', 'Email to Notify', 'Empleados', 'Notas'], new Map());
    expect(plan).toEqual({ columns: ['fullName', 'email', 'jobPosition', 'companyName', 'phone', 'notifyEmail', 'companySize', null], ignored: ['Notas'] });
  });

  it('lets a mapping rename or drop columns, and refuses two columns for one field or a missing e-mail', () => {
    expect(planColumns(['Cliente', 'Mail'], parseMapping('{"Cliente":"fullName","Mail":"email"}'))).toMatchObject({ columns: ['fullName', 'email'] });
    expect(planColumns(['Name', 'Nombre', 'Email'], new Map())).toEqual({ error: expect.stringContaining('both fill fullName') });
    expect(planColumns(['Name'], new Map())).toEqual({ error: expect.stringContaining('no column for email') });
    expect(() => parseMapping('{"A":"password"}')).toThrow('not a lead field');
    expect(() => parseMapping('[1]')).toThrow('object');
  });

  it('sniffs the separator of the header line, ignoring quoted text', () => {
    expect(sniffDelimiter('Nombre;Correo;"Empresa, S.A."')).toBe(';');
    expect(sniffDelimiter('Name,Email,"A;B"')).toBe(',');
    expect(sniffDelimiter('Name\tEmail')).toBe('\t');
    expect(sniffDelimiter('Name')).toBe(',');
  });

  it('reads numbers from cells, grouped or not, and leaves anything else for validation to refuse', () => {
    const plan = { columns: ['fullName', 'age', 'companySize'] as const, ignored: [] };
    expect(recordToRawLead(['Ana', '41', '1,200'], plan as never)).toEqual({ fullName: 'Ana', age: 41, companySize: 1200 });
    expect(recordToRawLead(['Ana', 'cuarenta', ''], plan as never)).toEqual({ fullName: 'Ana', age: 'cuarenta' });
  });

  it('gives the same key to the same lead however it was spaced or cased', () => {
    const a = rowIdempotencyKey({ fullName: 'Ana  López', email: 'Ana@Acme.mx', companyName: 'Acme' });
    const b = rowIdempotencyKey({ fullName: 'Ana López', email: 'ana@acme.mx ', companyName: 'Acme', description: null });
    const c = rowIdempotencyKey({ fullName: 'Ana López', email: 'ana@acme.mx', companyName: 'Acme SA' });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^import:[0-9a-f]{64}$/);
  });
});
