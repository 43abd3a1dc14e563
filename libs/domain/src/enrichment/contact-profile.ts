// Seniority, role in the purchase and decision power from a job title in Spanish, English or Portuguese
// (policy.md section 1). Accent- and case-insensitive, and tolerant of one-letter typos.
import { BUYER_AREA_FAMILIES } from './buyer-area-families';
import type { Level, RoleType, SeniorityLevel } from '../classification/types';
import { normalizeText } from '../text/normalize';
import { stemWords } from '../text/stem';
import { memoize } from '../text/memo';
import { TypoCorrector } from '../text/typos';

export interface JobTitleProfile {
  seniorityLevel: SeniorityLevel;
  roleType: RoleType;
  decisionPower: Level;
}

// Checked in this order: "Gerente General" is C_LEVEL before it can be read as a MANAGER.
const SENIORITY_PATTERNS: [Exclude<SeniorityLevel, 'UNKNOWN'>, RegExp][] = [
  ['C_LEVEL', /\b(?:ceo|cto|cio|cfo|coo|ciso|cmo|cdo|cpo|cro|cco|chro|cxo|chief|(?:co)?founders?|(?:co)?fundador(?:a|es|as)?|(?<!product )owners?|duen[oa]s?|propietari[oa]s?|proprietari[oa]s?|(?<!vice )presidente?s?|presidenta|chairman|chairwoman|socio|socia|s[oó]cio|managing director|(?:managing|founding|senior|equity) partner|(?<!(?:people|hr|business|talent|finance|learning|culture|client|customer|strategic|technology|it) )partner(?! (?:manager|success|marketing|channel|account|relations|program|development))|(?<!vice )(?:rector|reitor)(?:a|es|as)?|(?<!(?:senior|lead|staff) )principal(?! (?:engineer|consultant|architect|developer|analyst|scientist|designer|investigator|software|data|product|program|account))|don[oa]s?|empresari[oa]s?|director[a]? (?:general|ejecutiv[oa])|diretor[a]? (?:geral|executiv[oa]|presidente)|general (?:director|manager)|country (?:manager|director|head)|executive director|gerente general|gerente geral)\b/],
  ['DIRECTOR', /\b(?:directora?s?|directores|diretora?s?|directeur|dir|head|vp|svp|evp|avp|vice ?president[ea]?s?|vicepresidencia|sub ?directora?|sub ?diretora?|decan[oa]s?|dean|general counsel|vice ?r?rector(?:a|es|as)?|vice ?reitor(?:a|es|as)?|board member|miembro del directorio|consejer[oa]|conselheir[oa])\b/],
  ['MANAGER', /\b(?:managers?|mgr|gte|gerentes?|gerencia|subgerente|coord|contralor[a]?|controller|tesorer[oa]|treasurer|administrador[a]?|jef[ea]s?|chefe|team lead(?:er)?|lead|leader|lider|supervisor[a]?|supervisores|coordinador[a]?|coordenador[a]?|coordinator|encargad[oa]|responsable|responsavel|superintendente?|intendente|gestor[a]?|gestores|foreman|capataz|chef)\b/],
  ['TECHNICAL', /\b(?:engineers?|eng|ing|arq|ingenier[oa]s?|engenheir[oa]s?|developers?|desarrollador[a]?(?:es)?|desenvolvedor[a]?|programador[a]?|programmer|architect|arquitect[oa]|arquitet[oa]|sysadmin|(?:systems?|network|it|database|db|cloud|linux|windows) admin(?:istrator)?|dba|tecnic[oa]s?|technician|tech|specialist|especialista|devops|sre|scientist|cientific[oa]|consultant|consultor[a]?|auditor[a]?|abogad[oa]|lawyer|support|soporte|suporte|qa|tester)\b/],
  ['USER', /\b(?:analysts?|analistas?|assistant|asst|aux|asistente|assistente|intern|internship|becari[oa]|practicante|pasante|trainee|estagiari[oa]|students?|estudiante|estudante|alumn[oa]|employee|emplead[oa]|funcionari[oa]|colaborador[a]?|auxiliar|secretari[oa]|secretary|recepcionista|receptionist|clerk|cajer[oa]|cashier|operador[a]?|operator|vendedor[a]?|representative|rep|ejecutiv[oa]|executive|agente|agent|contador[a]?|accountant|comprador[a]?|buyer)\b/],
];

// Areas of a title: technology makes a decision maker technical; purchasing makes a manager one.
const TECH_AREA = /\b(?:ti|it|tic|tics|sistemas|systems?|tecnologias?|technology|technologies|tech|informatica|information|informacion|informacao|infraestructura|infrastructure|infraestrutura|ciberseguridad|cybersecurity|security|seguridad (?:informatica|de la informacion)|seguranca da informacao|data|datos|dados|engineering|ingenieria|engenharia|software|redes|networks?|telecom|telecomunicaciones|devops|cloud|cto|cio|ciso|cdo)\b/;
const PURCHASING_AREA = /\b(?:compras|purchasing|procurement|adquisiciones|abastecimiento|aprovisionamiento|suprimentos|sourcing|purchase)\b/;

// Words that join a role to its area ("Jefe de Sistemas", "Head of IT"): the role is the part before them.
const AREA_JOINER = / (?:de|del|of|to|para|da|do|dos|das|for|en|em|at) /;
// Several roles in one title: "CEO & Co-founder", "Gerente / Dueño".
const ROLE_SEPARATOR = /\s*[/&|+,;]\s*|\s+(?:y|and|e)\s+(?=[a-z])/i;

const RANK: Record<SeniorityLevel, number> = { C_LEVEL: 5, DIRECTOR: 4, MANAGER: 3, TECHNICAL: 2, USER: 1, UNKNOWN: 0 };

// Every word of a title the rules know, so a typo ("Sitemas", "Direcor") can be brought back to one of them.
const TITLE_VOCABULARY = (
  'chief founder founders cofounder fundador fundadora cofundador cofundadora owner dueno duena propietario propietaria proprietario proprietaria ' +
  'president presidente presidenta chairman socio socia managing director directora directores diretor diretora general geral ejecutivo ejecutiva ' +
  'executive executivo partner manager gerente gerencia subgerente jefe jefa chefe team lead leader lider supervisor supervisora coordinador ' +
  'coordinadora coordenador coordenadora coordinator encargado encargada responsable responsavel superintendente foreman capataz administrador ' +
  'administradora administrator engineer ingeniero ingeniera engenheiro engenheira developer desarrollador desarrolladora desenvolvedor programador ' +
  'programadora programmer architect arquitecto arquitecta arquiteto arquiteta sysadmin tecnico tecnica technician specialist especialista devops ' +
  'scientist cientifico consultant consultor consultora support soporte suporte tester analyst analista assistant asistente assistente intern ' +
  'internship becario becaria practicante pasante trainee estagiario estagiaria student estudiante estudante alumno alumna employee empleado empleada ' +
  'funcionario funcionaria colaborador colaboradora auxiliar secretario secretaria secretary recepcionista receptionist clerk cajero cajera cashier ' +
  'operador operadora operator vendedor vendedora representative agente agent contador contadora accountant comprador compradora buyer head vice ' +
  'subdirector subdirectora sistemas systems system tecnologia tecnologias technology technologies informatica information informacion informacao ' +
  'infraestructura infrastructure infraestrutura ciberseguridad cybersecurity security seguridad seguranca data datos dados engineering ingenieria ' +
  'engenharia software redes network networks telecom telecomunicaciones cloud compras purchasing procurement adquisiciones abastecimiento ' +
  'aprovisionamiento suprimentos sourcing purchase direccion coordinacion administracion operaciones operations finanzas finance ventas sales ' +
  'recursos humanos human resources marketing mercadotecnia produccion production logistica calidad mantenimiento comercial personas people ' +
  'nomina planta proyectos projects senior junior partner contralor controller tesorero tesorera treasurer auditor auditora abogado abogada lawyer rector rectora reitor reitora principal dono dona empresario empresaria decano decana dean counsel intendente gestor gestora country vicerrector vicerrectora vicereitor board member consejero consejera conselheiro conselheira chef'
).split(' ');
const corrector = new TypoCorrector(TITLE_VOCABULARY);

export const UNKNOWN_CONTACT: JobTitleProfile = { seniorityLevel: 'UNKNOWN', roleType: 'UNKNOWN', decisionPower: 'LOW' };

// A system administrator is TECHNICAL even though "administrador" heads the title.
const SYSADMIN = /\badministrador[a]? de (?:sistemas|redes|servidores|bases? de datos|ti|it|infraestructura)\b/;

function seniorityOf(text: string): SeniorityLevel {
  if (SYSADMIN.test(text)) return 'TECHNICAL';
  for (const [level, pattern] of SENIORITY_PATTERNS) if (pattern.test(text)) return level;
  return 'UNKNOWN';
}

/** The seniority of one role: its head words first ("Asistente de Dirección" is an assistant). */
function roleSeniority(role: string): SeniorityLevel {
  if (SYSADMIN.test(role)) return 'TECHNICAL';
  const joiner = AREA_JOINER.exec(` ${role} `);
  if (joiner && joiner.index > 0) {
    const head = seniorityOf(` ${role} `.slice(0, joiner.index + 1).trim());
    if (head !== 'UNKNOWN') return head;
  }
  return seniorityOf(role);
}

export function seniorityFromTitle(title: string): SeniorityLevel {
  let best: SeniorityLevel = 'UNKNOWN';
  for (const part of title.split(ROLE_SEPARATOR)) {
    const level = roleSeniority(part.trim());
    if (RANK[level] > RANK[best]) best = level;
  }
  return best;
}

export function roleTypeOf(seniority: SeniorityLevel, title: string): RoleType {
  const tech = TECH_AREA.test(title);
  switch (seniority) {
    case 'C_LEVEL':
    case 'DIRECTOR':
      return tech ? 'TECH_DECISION_MAKER' : 'BUSINESS_DECISION_MAKER';
    case 'MANAGER':
      if (tech) return 'TECH_DECISION_MAKER';
      return PURCHASING_AREA.test(title) ? 'BUSINESS_DECISION_MAKER' : 'INFLUENCER';
    case 'TECHNICAL':
      return 'INFLUENCER';
    case 'USER':
      return 'USER';
    default:
      return 'UNKNOWN';
  }
}

export function decisionPowerOf(seniority: SeniorityLevel): Level {
  if (seniority === 'C_LEVEL' || seniority === 'DIRECTOR') return 'HIGH';
  return seniority === 'MANAGER' ? 'MEDIUM' : 'LOW';
}

function readTitle(jobPosition: string): JobTitleProfile {
  if (!normalizeText(jobPosition)) return UNKNOWN_CONTACT;
  // Separators matter for reading several roles, so correct word by word on the lightly cleaned title.
  // Hyphens separate words in a title ("Sócio-Diretor", "Co-founder" reads "co founder").
  const cleaned = jobPosition.toLowerCase().replace(/[^\p{L}\p{N}/&|+,;\s]/gu, ' ');
  const title = cleaned
    .split(/([/&|+,;\s]+)/)
    .map((piece) => {
      const word = normalizeText(piece);
      return word && !word.includes(' ') ? corrector.correct(word) : piece;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const seniorityLevel = seniorityFromTitle(title);
  return { seniorityLevel, roleType: roleTypeOf(seniorityLevel, title), decisionPower: decisionPowerOf(seniorityLevel) };
}

const readTitleOnce = memoize(readTitle);

const AREA_FAMILIES = BUYER_AREA_FAMILIES.map((family) => family.map((name) => normalizeText(name)));

// Separators of several areas written as one ("RH / departamento pessoal", "Compras, Logística", "seguridad e higiene
// (EHS)").
const AREA_SEPARATORS = /[/,;|()]/;
// Two areas joined in one name ("energía y servicios auxiliares", "seguridad y salud ocupacional"): a manager of either
// part runs one of them. Read on normalised text, which has no "&" left ("R&D" is "rd").
const AREA_JOINERS = / (?:y|e|and) /;
// An area named as a head and its complement: "captacao de leite", "recebimento de graos". Not a head that names
// different areas by its complement ("seguridad de la información" is no "Jefe de Seguridad" of the plant).
const AREA_HEAD = /^(\S{4,}) (?:de|del|da|do|das|dos|of) \S/;
const AMBIGUOUS_HEADS = new Set(['seguridad', 'seguranca', 'security', 'control', 'controle', 'servicio', 'servicios', 'servico', 'servicos', 'service', 'services', 'atencion', 'atendimento', 'desarrollo', 'desenvolvimento', 'development', 'area', 'departamento', 'department', 'gerencia', 'direccion', 'diretoria', 'sistemas', 'sistema', 'systems']);

// "Gestão de frota", "área de compras", "fleet management", "farm operations", "operaciones mina", "gerencia de
// producto", "desarrollo de proyectos", "refrigeration service", "workplace experience": the area is what the activity
// or the office is of; a "Gerente de Frota", a "Farm Manager", a "Jefe de Mina", a "Gerente de Producto", a "Jefe de
// Proyectos", a "Refrigeration Supervisor" or a "Workplace Manager" names it without that word; so does an adjective
// after the office word ("gestión ambiental", "área comercial": a "Coord. Ambiental", a "Gerente Comercial").
const AREA_ACTIVITY =
  /^(?:gestion|gestao|administracion|administracao|area|departamento|depto|setor|sector|operaciones|operacoes|gerencia|subgerencia|direccion|direcao|diretoria|jefatura|coordinacion|coordenacao|desarrollo|desenvolvimento) de (?:la |el |los |las |a |o |os |as )?(.+)$|^(.+) (?:management|department|operations|services|service|development|experience)$|^(?:operaciones|operacoes) (.+)$|^(?:gestion|gestao|area|departamento|gerencia|direccion|direcao) (?!de |do |da |dos |das |del )(.+)$/;

function withoutActivity(area: string): string[] {
  const m = AREA_ACTIVITY.exec(area);
  return m ? [area, (m[1] ?? m[2] ?? m[3] ?? m[4])!] : [area];
}

// "Pipeline integrity", "regulatory compliance", "actividades extraescolares": of an area named in two words, the last one
// (five letters or more) names it alone too, as the titles say it ("Integrity Manager", "Coordinadora de Extraescolares").
// Not the words every department is made of ("clinical operations" is no Operations Manager's, a lab's "core
// facilities" no Facilities Manager's), nor a head that names different areas (AMBIGUOUS_HEADS).
const TWO_WORD_AREA = /^\S+ (\S{5,})$/;
const SHARED_LAST_WORDS = new Set(['operations', 'operaciones', 'operacoes', 'facilities']);

function withLastWord(area: string): string[] {
  const last = TWO_WORD_AREA.exec(area)?.[1];
  return last && !AMBIGUOUS_HEADS.has(last) && !SHARED_LAST_WORDS.has(last) ? [area, last] : [area];
}

// "Obras" names the area a "Jefa de Obra" works in: a one-word plural area also counts in the singular.
function withSingular(area: string): string[] {
  if (area.includes(' ') || area.length < 5 || !area.endsWith('s')) return [area];
  return [area, area.slice(0, -1)];
}

/**
 * A profile's `buyerAreas` as withBuyerAreas compares them (normalised, distinct), each with the other names of its
 * area (BUYER_AREA_FAMILIES): a profile that names "finanzas" also takes a "Gerente Financiero".
 */
export function normalizeBuyerAreas(areas: readonly string[] | undefined): string[] {
  const named = (areas ?? [])
    .flatMap((a) => [a, ...(AREA_SEPARATORS.test(a) ? a.split(AREA_SEPARATORS) : [])])
    .map((a) => normalizeText(a))
    .flatMap((a) => (AREA_JOINERS.test(a) ? [a, ...a.split(AREA_JOINERS)] : [a]))
    .filter(Boolean)
    .flatMap(withoutActivity)
    .flatMap(withLastWord)
    .flatMap(withSingular);
  const all = new Set(named);
  for (const area of named) for (const family of AREA_FAMILIES) if (family.includes(area)) family.forEach((name) => all.add(name));
  return [...all];
}

/**
 * policy.md section 1: a profile's `buyerAreas` make a MANAGER in one of them a BUSINESS_DECISION_MAKER
 * ("Gerente de Logística" for a seller of routing software). Technology stays TECH_DECISION_MAKER, and without
 * buyer areas nothing changes. `areas` are normalised (normalizeText); they match whole words of the title.
 */
export function withBuyerAreas<T extends JobTitleProfile>(contact: T, jobPosition: string | null | undefined, areas: readonly string[]): T {
  if (!areas.length || !jobPosition || contact.seniorityLevel !== 'MANAGER' || contact.roleType !== 'INFLUENCER') return contact;
  const normalized = normalizeText(jobPosition);
  const title = ` ${normalized} `;
  // A plural title reads as its area: "Coordenador de Transportes" is in "transporte".
  if (areas.some((area) => title.includes(` ${area} `) || title.includes(` ${area}s `) || title.includes(` ${area}es `))) return { ...contact, roleType: 'BUSINESS_DECISION_MAKER' };
  // So does a singular title of a plural area ("Gerente de Estación" in "estaciones"), and the same word in the other
  // language of the two ("Jefe de Expansión" in "expansão"): the area's stems, in order, among the title's.
  const stems = stemWords(normalized);
  if (areas.some((area) => containsRun(stems, areaStems(area)))) return { ...contact, roleType: 'BUSINESS_DECISION_MAKER' };
  // "Gerente de Captação" in "captação de leite", "Supervisor de Recebimento" in "recebimento de grãos": a title that ends
  // with the head of an area named with its complement runs that area.
  return areas.some((area) => endsWithHead(title, area)) ? { ...contact, roleType: 'BUSINESS_DECISION_MAKER' } : contact;
}

function endsWithHead(title: string, area: string): boolean {
  const head = areaHead(area);
  return head !== null && title.endsWith(head);
}

/** The head of an area named with its complement, spaced as a title word (" captacao "), or null: read once per area. */
const areaHead = memoize((area: string): string | null => {
  const head = AREA_HEAD.exec(area)?.[1];
  return head && !AMBIGUOUS_HEADS.has(head) ? ` ${head} ` : null;
}, 2_000);

const areaStems = memoize((area: string) => stemWords(area), 2_000);

// Spanish and Portuguese stems of one word part in their endings ("manufactur" / "manufatur", "export" / "exportac" for
// exportaciones / exportações, "instal" / "instalac"): two stems of six letters or more that share their first six name
// the same area. Five would join "segur" (seguros) to "seguridad".
const COGNATE_PREFIX = 6;

function sameAreaStem(a: string, b: string): boolean {
  return a === b || (a.length >= COGNATE_PREFIX && b.length >= COGNATE_PREFIX && a.startsWith(b.slice(0, COGNATE_PREFIX)));
}

/** Whether `run` (non-empty) appears in `words` as consecutive words (each the same stem, or its cognate). */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (!run.length) return false;
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => sameAreaStem(words[i + k]!, w))) return true;
  return false;
}

/** "Gerente de Sitemas" -> MANAGER, TECH_DECISION_MAKER, MEDIUM. */
export function contactFromJobTitle(jobPosition: string | null | undefined): JobTitleProfile {
  return jobPosition ? readTitleOnce(jobPosition) : UNKNOWN_CONTACT;
}
