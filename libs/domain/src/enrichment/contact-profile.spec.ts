import { contactFromJobTitle, normalizeBuyerAreas, withBuyerAreas } from './contact-profile';

describe('contactFromJobTitle', () => {
  it.each([
    // C_LEVEL first: "Gerente General" is not a MANAGER.
    ['CTO', 'C_LEVEL', 'TECH_DECISION_MAKER', 'HIGH'],
    ['Gerente General', 'C_LEVEL', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['Director General', 'C_LEVEL', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['Socio Director', 'C_LEVEL', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['CEO & Co-founder', 'C_LEVEL', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['Dueña', 'C_LEVEL', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['Proprietário', 'C_LEVEL', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['Chief Data Officer', 'C_LEVEL', 'TECH_DECISION_MAKER', 'HIGH'],
    ['Managing Director', 'C_LEVEL', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    // DIRECTOR
    ['Director de TI', 'DIRECTOR', 'TECH_DECISION_MAKER', 'HIGH'],
    ['Diretor de TI', 'DIRECTOR', 'TECH_DECISION_MAKER', 'HIGH'],
    ['Head of People', 'DIRECTOR', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['VP of Infrastructure', 'DIRECTOR', 'TECH_DECISION_MAKER', 'HIGH'],
    ['Vice President of Sales', 'DIRECTOR', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['Vicepresidente Comercial', 'DIRECTOR', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    ['Subdirector de Administración y Finanzas', 'DIRECTOR', 'BUSINESS_DECISION_MAKER', 'HIGH'],
    // MANAGER: technology or purchasing decide; other managers influence.
    ['Gerente de Sistemas', 'MANAGER', 'TECH_DECISION_MAKER', 'MEDIUM'],
    ['Jefe de Infraestructura', 'MANAGER', 'TECH_DECISION_MAKER', 'MEDIUM'],
    ['IT Manager', 'MANAGER', 'TECH_DECISION_MAKER', 'MEDIUM'],
    ['Gerente de Compras', 'MANAGER', 'BUSINESS_DECISION_MAKER', 'MEDIUM'],
    ['Purchasing Manager', 'MANAGER', 'BUSINESS_DECISION_MAKER', 'MEDIUM'],
    ['Gerente de Recursos Humanos', 'MANAGER', 'INFLUENCER', 'MEDIUM'],
    ['Coordinadora de RH', 'MANAGER', 'INFLUENCER', 'MEDIUM'],
    ['Supervisor de Mantenimiento', 'MANAGER', 'INFLUENCER', 'MEDIUM'],
    // TECHNICAL and USER
    ['Ingeniero de Sistemas', 'TECHNICAL', 'INFLUENCER', 'LOW'],
    ['Senior Data Engineer', 'TECHNICAL', 'INFLUENCER', 'LOW'],
    ['Systems Administrator', 'TECHNICAL', 'INFLUENCER', 'LOW'],
    ['Arquiteto de Soluções', 'TECHNICAL', 'INFLUENCER', 'LOW'],
    ['Analista de TI', 'USER', 'USER', 'LOW'],
    ['HR Intern', 'USER', 'USER', 'LOW'],
    ['Estudiante de Contaduría', 'USER', 'USER', 'LOW'],
    // The head of the title decides: an assistant to a director is an assistant.
    ['Asistente del Director General', 'USER', 'USER', 'LOW'],
    ['Product Owner', 'UNKNOWN', 'UNKNOWN', 'LOW'],
    // Nothing to read.
    ['', 'UNKNOWN', 'UNKNOWN', 'LOW'],
    ['-', 'UNKNOWN', 'UNKNOWN', 'LOW'],
    ['N/A', 'UNKNOWN', 'UNKNOWN', 'LOW'],
  ])('"%s" is %s / %s / %s', (title, seniorityLevel, roleType, decisionPower) => {
    expect(contactFromJobTitle(title)).toEqual({ seniorityLevel, roleType, decisionPower });
  });

  it('reads hyphenated and abbreviated titles', () => {
    expect(contactFromJobTitle('Sócio-Diretor').seniorityLevel).toBe('C_LEVEL');
    expect(contactFromJobTitle('Co-founder').seniorityLevel).toBe('C_LEVEL');
    expect(contactFromJobTitle('Vice-President of IT')).toEqual({ seniorityLevel: 'DIRECTOR', roleType: 'TECH_DECISION_MAKER', decisionPower: 'HIGH' });
    expect(contactFromJobTitle('Gte. de Compras').roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(contactFromJobTitle('Dir. Comercial').seniorityLevel).toBe('DIRECTOR');
    expect(contactFromJobTitle('Ing. de Sistemas').seniorityLevel).toBe('TECHNICAL');
    expect(contactFromJobTitle('Administrador de Sistemas').seniorityLevel).toBe('TECHNICAL');
    expect(contactFromJobTitle('Partner').seniorityLevel).toBe('C_LEVEL');
    expect(contactFromJobTitle('Partner Manager').seniorityLevel).toBe('MANAGER');
  });

  it('tolerates typos and odd case', () => {
    expect(contactFromJobTitle('Gerente de Sitemas')).toEqual({ seniorityLevel: 'MANAGER', roleType: 'TECH_DECISION_MAKER', decisionPower: 'MEDIUM' });
    expect(contactFromJobTitle('Direcor de Tecnologia')).toEqual({ seniorityLevel: 'DIRECTOR', roleType: 'TECH_DECISION_MAKER', decisionPower: 'HIGH' });
    expect(contactFromJobTitle('GERENTE GENERAL')).toEqual(contactFromJobTitle('gerente general'));
  });
});

describe('buyer areas named in the other language of the two', () => {
  const roleIn = (title: string, areas: string[]) => withBuyerAreas(contactFromJobTitle(title), title, normalizeBuyerAreas(areas)).roleType;

  it.each([
    ['Gerente de Manufatura', ['manufactura']],
    ['Coordenadora de Exportações', ['exportaciones']],
    ['Jefa de Instalaciones', ['instalações']],
    ['Gerente de Produção', ['producción agrícola', 'producción']],
  ])('"%s" is a manager in the buyer area %j', (title, areas) => {
    expect(roleIn(title, areas)).toBe('BUSINESS_DECISION_MAKER');
  });

  it('does not join two words that only begin alike: a "Gerente de Seguros" is not in "seguridad"', () => {
    expect(roleIn('Gerente de Seguros', ['seguridad'])).toBe('INFLUENCER');
  });
});

describe('buyer areas named with their complement', () => {
  const roleIn = (title: string, areas: string[]) => withBuyerAreas(contactFromJobTitle(title), title, normalizeBuyerAreas(areas)).roleType;

  it.each([
    ['Gerente de Captação', ['captação de leite']],
    ['Supervisor de Recebimento', ['recebimento de grãos']],
    ['Jefe de Acopio', ['acopio de granos']],
  ])('a title ending with the head of an area runs it: "%s" in %j', (title, areas) => {
    expect(roleIn(title, areas)).toBe('BUSINESS_DECISION_MAKER');
  });

  it.each([
    // The head alone names another area: a plant's security chief is not in information security.
    ['Jefe de Seguridad', ['seguridad de la información']],
    // The head is followed by another complement in the title.
    ['Gerente de Captação de Recursos', ['captação de leite']],
  ])('not when the head says something else: "%s" in %j', (title, areas) => {
    expect(roleIn(title, areas)).toBe('INFLUENCER');
  });
});
