import { createHash } from 'node:crypto';
import type { LeadInput } from '@leadops/domain';

/** Lead fields a CSV column can fill. */
export const IMPORTABLE_FIELDS = [
  'fullName', 'email', 'jobPosition', 'companyName', 'industry', 'location', 'phone', 'age', 'gender', 'notifyEmail', 'description', 'companySize',
] as const;
export type ImportableField = (typeof IMPORTABLE_FIELDS)[number];

/** Header names as "normalizeHeader" leaves them: the brief's "+ Add Lead" form in English and Spanish, and common variants. */
const DEFAULT_HEADERS: Record<ImportableField, string[]> = {
  fullName: ['full name', 'fullname', 'name', 'nombre', 'nombre completo'],
  email: ['email', 'e mail', 'email address', 'correo', 'correo electronico', 'mail'],
  jobPosition: ['job position', 'job title', 'position', 'title', 'puesto', 'cargo'],
  companyName: ['company name', 'company', 'empresa', 'nombre de la empresa', 'compania'],
  industry: ['industry', 'industria', 'sector'],
  location: ['location', 'ubicacion', 'city country', 'ciudad pais', 'localidad'],
  phone: ['phone', 'phone number', 'telephone', 'telefono', 'numero de telefono', 'celular'],
  age: ['age', 'edad'],
  gender: ['gender', 'genero', 'sexo'],
  notifyEmail: ['email to notify', 'notify email', 'notification email', 'correo a notificar', 'correo para notificar', 'correo de notificacion'],
  description: ['description', 'descripcion', 'message', 'mensaje', 'need', 'necesidad'],
  companySize: ['company size', 'employees', 'empleados', 'numero de empleados', 'tamano de la empresa', 'tamano empresa'],
};

/** "Ubicación " -> "ubicacion", "E-mail" -> "e mail": case, accents and punctuation do not matter. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const DEFAULT_BY_HEADER = new Map<string, ImportableField>(
  Object.entries(DEFAULT_HEADERS).flatMap(([field, names]) => names.map((n) => [n, field as ImportableField])),
);

export type HeaderMapping = Map<string, ImportableField | null>;

/** The ?mapping= JSON: {"Header in the file": "leadField" or null to ignore the column}. Throws a message naming the problem. */
export function parseMapping(raw: string | undefined): HeaderMapping {
  const mapping: HeaderMapping = new Map();
  if (raw === undefined || raw === '') return mapping;
  if (raw.length > 20_000) throw new Error('at most 20000 characters');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('not valid JSON; send {"Header": "leadField"}');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('send an object like {"Nombre": "fullName"}');
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > 200) throw new Error('at most 200 columns');
  for (const [header, field] of entries) {
    if (field !== null && field !== '' && !(IMPORTABLE_FIELDS as readonly string[]).includes(field as string)) {
      throw new Error(`"${String(field).slice(0, 60)}" (for column "${header.slice(0, 60)}") is not a lead field: use ${IMPORTABLE_FIELDS.join(', ')} or null`);
    }
    mapping.set(normalizeHeader(header), field === null || field === '' ? null : (field as ImportableField));
  }
  return mapping;
}

export interface ColumnPlan {
  /** Column index -> lead field. */
  columns: Array<ImportableField | null>;
  ignored: string[];
}

/** Which column fills which field; a field claimed by two columns, or no name / e-mail column, is an error message. */
export function planColumns(header: string[], mapping: HeaderMapping): ColumnPlan | { error: string } {
  const columns: Array<ImportableField | null> = [];
  const ignored: string[] = [];
  const claimed = new Map<ImportableField, string>();
  for (const name of header) {
    const key = normalizeHeader(name);
    const field = mapping.has(key) ? mapping.get(key)! : (DEFAULT_BY_HEADER.get(key) ?? null);
    if (field && claimed.has(field)) return { error: `columns "${claimed.get(field)}" and "${name}" both fill ${field}: map one of them to null` };
    if (field) claimed.set(field, name);
    else if (name.trim()) ignored.push(name.trim());
    columns.push(field);
  }
  const missing = (['fullName', 'email'] as const).filter((f) => !claimed.has(f));
  if (missing.length) {
    return { error: `no column for ${missing.join(' and ')}: name it ${missing.map((f) => `"${DEFAULT_HEADERS[f][0]}"`).join(' / ')} or pass ?mapping={"Your header":"${missing[0]}"}` };
  }
  return { columns, ignored };
}

/** The separator of the header line: the most frequent of ; , tab | outside quotes (comma when none). */
export function sniffDelimiter(headerLine: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0, '|': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : ',';
}

const WHOLE_NUMBER = /^\d{1,9}$/;
const GROUPED_NUMBER = /^\d{1,3}([.,\s]\d{3})+$/;

/** One CSV record as the raw object validateLeadInput checks; numbers are parsed, anything else is left for it to refuse. */
export function recordToRawLead(record: string[], plan: ColumnPlan): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  plan.columns.forEach((field, i) => {
    if (!field) return;
    const value = (record[i] ?? '').trim();
    if (value === '') return;
    if (field === 'age' || field === 'companySize') {
      raw[field] = WHOLE_NUMBER.test(value) ? Number(value) : GROUPED_NUMBER.test(value) ? Number(value.replace(/[.,\s]/g, '')) : value;
    } else {
      raw[field] = value;
    }
  });
  return raw;
}

/** Same person, same data -> same key, so importing a file again creates nothing. */
export function rowIdempotencyKey(lead: LeadInput): string {
  const canonical = IMPORTABLE_FIELDS.map((f) => {
    const v = lead[f];
    return v === undefined || v === null ? null : f === 'email' || f === 'notifyEmail' ? String(v).trim().toLowerCase() : typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v;
  });
  return `import:${createHash('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
}
