import { normalizeText, normalizeTracked } from './normalize';
import { found, PhraseIndex } from './phrases';
import { stem } from './stem';

describe('normalizeText', () => {
  it('reads accents, case and punctuation the same way', () => {
    expect(normalizeText('¡Necesitamos  COTIZACIÓN, ya!')).toBe('necesitamos cotizacion ya');
    expect(normalizeText('São Paulo — Açúcar')).toBe('sao paulo acucar');
  });

  it('keeps hyphenated words and codes whole but ranges apart', () => {
    expect(normalizeText('e-commerce NOM-035 Co-founder')).toBe('ecommerce nom035 cofounder');
    expect(normalizeText('de 50-2000 empleados')).toBe('de 50 2000 empleados');
  });

  it('joins an acronym written with an ampersand ("S&OP", "P&L") but keeps "A & B" and "Salud&Vida" apart', () => {
    expect(normalizeText('Proyecto de S&OP y P&L')).toBe('proyecto de sop y pl');
    expect(normalizeTracked('Proyecto de S&OP').text).toBe('proyecto de sop');
    expect(normalizeText('Ventas & Marketing, Salud&Vida')).toBe('ventas marketing salud vida');
  });

  it('reads thousands separators as one number', () => {
    expect(normalizeText('Empresas de 50 a 2,000 empleados, 1.100 en total')).toBe('empresas de 50 a 2000 empleados 1100 en total');
  });

  it('remembers where each word and sentence came from, to quote the lead', () => {
    const raw = 'Necesitamos una cotización — ¡urgente! Somos 2,000 empleados.';
    const tracked = normalizeTracked(raw);
    expect(tracked.text).toBe(normalizeText(raw));
    const words = tracked.text.split(' ');
    const at = words.indexOf('cotizacion');
    expect(raw.slice(tracked.wordStarts[at], tracked.wordEnds[at])).toBe('cotización');
    expect(tracked.sentences.map((s) => s.text)).toEqual(['Necesitamos una cotización — ¡urgente!', 'Somos 2,000 empleados.']);
    expect(words.slice(tracked.sentences[1].fromWord).join(' ')).toBe('somos 2000 empleados');
  });
});

describe('stem', () => {
  it('brings singular, plural and verb forms together', () => {
    expect(stem('respaldos')).toBe(stem('respaldo'));
    expect(stem('respaldar')).toBe(stem('respaldo'));
    expect(stem('solares')).toBe(stem('solar'));
    expect(stem('integration')).toBe(stem('integracion'));
    expect(stem('companies')).toBe(stem('company'));
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex({ urgent: ['urgen*', 'cuanto antes'], calm: ['no es urgente'] });

  it('finds phrases of every list in one scan, with prefixes', () => {
    const scan = index.scan(normalizeText('No es urgente, pero lo queremos cuanto antes; URGENTEMENTE'));
    expect(found(scan, 'calm').map((h) => h.text)).toEqual(['no es urgente']);
    expect(found(scan, 'urgent').map((h) => h.text)).toEqual(['urgente', 'cuanto antes', 'urgentemente']);
  });

  it('matches whole words only', () => {
    expect(found(index.scan('resurgente'), 'urgent')).toEqual([]);
  });
});
