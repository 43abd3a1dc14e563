import { EXPLANATION_CODES, templateParams, type ExplanationCode } from '../../../../libs/domain/src/explanations/codes';
import { EXPLANATION_CATALOGUES, catalogueFor, renderExplained } from './explanations';

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('explanation messages', () => {
  it.each(Object.keys(EXPLANATION_CATALOGUES))('has a message in %s for every code the domain can emit', (language) => {
    const catalogue = EXPLANATION_CATALOGUES[language as keyof typeof EXPLANATION_CATALOGUES];
    expect(EXPLANATION_CODES.length).toBeGreaterThan(100);
    expect(EXPLANATION_CODES.filter((code) => !catalogue[code]?.trim())).toEqual([]);
    expect(Object.keys(catalogue).filter((code) => !EXPLANATION_CODES.includes(code as ExplanationCode))).toEqual([]);
  });

  it.each(Object.keys(EXPLANATION_CATALOGUES))("uses each code's parameters in %s, no more, no fewer", (language) => {
    const catalogue = EXPLANATION_CATALOGUES[language as keyof typeof EXPLANATION_CATALOGUES];
    const mismatched = EXPLANATION_CODES.filter((code) => placeholders(catalogue[code] ?? '').join() !== [...templateParams(code)].sort().join());
    expect(mismatched).toEqual([]);
  });

  it('renders nested lines, policy values and the lead\'s quoted words in the console\'s language', () => {
    const line = { code: 'STEP_DO_NOT_CONTACT', params: { reason: { code: 'NOT_BUYER_JOB_SEEKER', params: { quote: '"busco trabajo"' } } } };
    expect(renderExplained(line, catalogueFor('es'))).toBe('No contactar: no es comprador: busca empleo ("busco trabajo")');
    expect(renderExplained(line, catalogueFor('pt-BR'))).toBe('Não contatar: não é comprador: procura emprego ("busco trabajo")');
    expect(renderExplained(line, catalogueFor('en'))).toBe('Do not contact: not a buyer: looking for a job ("busco trabajo")');
    const sql = { code: 'STEP_SQL_CONTACT', params: { owner: 'AE', sla: { code: 'SLA_MINUTES', params: { minutes: 5 } } } };
    expect(renderExplained(sql, catalogueFor('es'), (group, value) => (group === 'owner_role' && value === 'AE' ? 'Ejecutivo de cuenta' : undefined)))
      .toBe('Ejecutivo de cuenta: contactar en menos de 5 minutos');
    expect(renderExplained({ code: 'FIT_SIZE_UNKNOWN', sign: '?' }, catalogueFor('es'))).toBe('? tamaño de la empresa desconocido');
    expect(renderExplained({ code: 'TEXT', params: { text: 'a model\'s own words' } }, catalogueFor('es'))).toBe("a model's own words");
    expect(renderExplained({ code: 'SOMETHING_NEWER', params: {} }, catalogueFor('es'))).toBe('SOMETHING_NEWER');
  });
});
