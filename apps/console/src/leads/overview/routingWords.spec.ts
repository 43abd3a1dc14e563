import polyglotI18nProvider from 'ra-i18n-polyglot';
import { MESSAGES } from '../../i18n/i18nProvider';
import { candidateReason, causeText, ruleName, WITH_FIGURES } from './routingWords';

const translator = (locale: string) => {
  const provider = polyglotI18nProvider(() => MESSAGES[locale]!, locale, [], { allowMissing: false });
  return (key: string, options?: object) => provider.translate(key, options) as string;
};

describe('routing decision in the console\'s language', () => {
  it('quotes the figures when the API gave them, and the outcome alone when it did not (a colleague, as a rep reads it)', () => {
    const t = translator('es');
    expect(candidateReason(t, { outcome: 'AT_CAPACITY', params: { openLeads: 10, capacity: 10 } })).toBe('Sin capacidad (10 de 10)');
    expect(candidateReason(t, { outcome: 'AT_CAPACITY', params: {} })).toBe('Sin capacidad');
    expect(candidateReason(t, { outcome: 'OUT_OF_OFFICE', params: { until: '2026-12-01' } })).toBe('Fuera de la oficina hasta el 2026-12-01');
    expect(candidateReason(translator('pt-BR'), { outcome: 'OFF_HOURS', params: { localTime: '22:10', timeZone: 'America/Sao_Paulo' } }))
      .toBe('Fora do horário de trabalho (22:10 em America/Sao_Paulo)');
    expect(candidateReason(translator('en'), { outcome: 'CHOSEN', params: {} })).toBe('Chosen');
  });

  it('has a worded reason with figures for every outcome that carries them, in every language', () => {
    for (const locale of Object.keys(MESSAGES)) {
      const t = translator(locale);
      for (const outcome of WITH_FIGURES) {
        const worded = candidateReason(t, { outcome: outcome as never, params: { openLeads: 1, capacity: 2, until: 'x', localTime: 'x', timeZone: 'x', weight: 1, totalWeight: 2, country: 'MX', wanted: 'x' } });
        expect(worded).not.toMatch(/leadops\.|%\{/);
      }
    }
  });

  it('words the known causes in the reader\'s language, and leaves any other as the API wrote it', () => {
    expect(causeText(translator('es'), 're-routed: María López is inactive')).toBe('Re-enrutado: María López está inactivo');
    expect(causeText(translator('pt-BR'), 're-routed: Pablo is out of office until 2026-12-01')).toBe('Reencaminhado: Pablo está fora do escritório até 2026-12-01');
    expect(causeText(translator('en'), 'escalation 3: the SLA ran out with Rita')).toBe('Escalation 3: the SLA ran out with Rita');
    expect(causeText(translator('en'), 'something new')).toBe('something new');
  });

  it('names the default rule and a hand-over by a person in words, a configured rule by its name', () => {
    const t = translator('en');
    expect(ruleName(t, { id: null, name: 'default round-robin' })).toBe('No rule matched: default round robin');
    expect(ruleName(t, { id: null, name: 'manual reassignment' })).toBe('Handed over by a person');
    expect(ruleName(t, { id: 'r1', name: 'Mexico SQL' })).toBe('Mexico SQL');
  });
});
