// Round 120, from holdout198-201's first runs (wine dispensers, fire curtains, corporate awards, weather stations, cinema
// popcorn, school meals, therapy dogs, waste compactors, thermal paper, event ticketing, hospital curtains, balloon décor,
// upholstery cleaning, corporate chauffeurs, staff canteens, property inspections). Each case is worded apart from the
// set's lead it comes from.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const lead = (over: Partial<LeadInput>): LeadInput => ({ fullName: 'Lead Prueba', email: 'contacto@empresa-prueba.com', companySize: 300, ...over });

const UPHOLSTERY: CompanyProfile = {
  companyName: 'Tapices Limpios SAS',
  shortDescription: 'Upholstery and carpet cleaning for offices and hotels.',
  mainServices: ['Deep cleaning of upholstery on site: office chairs, sofas and partitions', 'Carpet and rug extraction cleaning', 'Scheduled night-shift cleaning contracts'],
  targetAudience: 'Corporate offices, hotels and clinics in Colombia with 40 or more staff.',
  targetIndustries: ['Hotel', 'Oficinas corporativas', 'Clínicas'],
  targetCountries: ['Colombia'],
  buyerAreas: ['servicios generales', 'mantenimiento'],
};

const AWARDS: CompanyProfile = {
  companyName: 'Trofeos del Centro',
  shortDescription: 'Corporate awards and trophies.',
  mainServices: ['Custom trophies and plaques in metal, glass and wood', 'Engraving and personalised packaging', 'Recognition programmes for employees'],
  targetAudience: 'Companies, clubs and universities in Argentina with 20 or more staff.',
  targetIndustries: ['Alimentos', 'Clubes deportivos', 'Universidades'],
  targetCountries: ['Argentina'],
  buyerAreas: ['recursos humanos', 'marketing'],
};

const POPCORN: CompanyProfile = {
  companyName: 'Palomitas Pro MX',
  shortDescription: 'Popcorn machines and supplies for cinemas.',
  mainServices: ['Sale and lease of commercial popcorn machines and kettles', 'Concession supplies: kernels, coconut oil and seasonings', 'Machine maintenance plans'],
  targetAudience: 'Cinema chains, stadiums and entertainment centres in Mexico with 40 or more staff.',
  targetIndustries: ['Cines', 'Estadios y arenas', 'Parques de diversiones'],
  targetCountries: ['México'],
  buyerAreas: ['operations', 'concessions', 'purchasing'],
};

const SCHOOL_MEALS: CompanyProfile = {
  companyName: 'Merenda Boa Ltda.',
  shortDescription: 'Outsourced school meals.',
  mainServices: ['Outsourced school meals cooked on site or delivered', 'Menus by nutritionists', 'Kitchen staff and hygiene control'],
  targetAudience: 'Education departments and private schools in Bahia with 150 or more staff.',
  targetIndustries: ['Escolas', 'Creches', 'Secretarias de educação'],
  targetCountries: ['Brasil'],
  buyerAreas: ['educação', 'compras'],
};

const TICKETING: CompanyProfile = {
  companyName: 'Ticketera Oriental',
  shortDescription: 'Event ticketing.',
  mainServices: ['Online ticket sales platform with seat maps', 'QR access control at gates', 'Settlement and sales reports for promoters'],
  targetAudience: 'Concert promoters, football clubs and festivals in Uruguay with 25 or more staff.',
  targetIndustries: ['Fútbol profesional', 'Festivales', 'Teatros'],
  targetCountries: ['Uruguay'],
  buyerAreas: ['marketing', 'operaciones', 'comercial'],
};

const FIRE_CURTAINS: CompanyProfile = {
  companyName: 'Cortinas Corta-Fogo Lda.',
  shortDescription: 'Fire and smoke curtains.',
  mainServices: ['Design and installation of automatic fire and smoke curtains', 'Annual inspection and certification', 'Integration with the fire-alarm panel'],
  targetAudience: 'Shopping centres, hotels and hospitals in Portugal with 25 or more staff.',
  targetIndustries: ['Centros comerciais', 'Hotéis', 'Saúde'],
  targetCountries: ['Portugal'],
  buyerAreas: ['manutenção', 'segurança'],
};

const WEATHER: CompanyProfile = {
  companyName: 'Downs Weather Systems',
  shortDescription: 'Automatic weather stations.',
  mainServices: ['Supply and installation of automatic weather stations and rain gauges', 'Calibration and maintenance contracts', 'Spray-drift and frost alerts'],
  targetAudience: 'Farms, mines and councils in Australia with 20 or more staff.',
  targetIndustries: ['Broadacre farming', 'Horticulture', 'Mining'],
  targetCountries: ['Australia'],
  buyerAreas: ['operations', 'agronomy'],
};

const WINE: CompanyProfile = {
  companyName: 'Vino al Punto SL',
  shortDescription: 'Dispensadores de vino por copas.',
  mainServices: ['Inert-gas wine dispensers for bottles', 'Service contracts and gas refills', 'Staff training on pour control'],
  targetAudience: 'Restaurants, hotels and wine bars in Spain with 15 or more staff.',
  targetIndustries: ['Restaurante', 'Hotelería', 'Bares de vino'],
  targetCountries: ['España'],
  buyerAreas: ['operaciones', 'alimentos y bebidas'],
};

const THERMAL_PAPER: CompanyProfile = {
  companyName: 'Bobinas Sul',
  shortDescription: 'Thermal paper rolls.',
  mainServices: ['Thermal paper rolls for POS printers and card machines', 'Thermal labels for logistics', 'Scheduled delivery to every point of sale'],
  targetAudience: 'Supermarket and pharmacy chains in Brazil with 50 or more staff.',
  targetIndustries: ['Supermercados', 'Farmácias'],
  targetCountries: ['Brasil'],
  buyerAreas: ['compras', 'operações'],
};

describe('round 120: the need in other words', () => {
  it.each([
    ['es', '"el tapete" is the carpet', UPHOLSTERY, { jobPosition: 'Jefe de Mantenimiento', companyName: 'Hotel Parque 93', industry: 'Hotel', location: 'Bogotá, Colombia', description: 'Se inundó el pasillo del tercer piso y el tapete quedó empapado. Necesitamos que lo sequen hoy mismo.' }, 'SQL'],
    ['es', '"plaquetas" are plaques', AWARDS, { jobPosition: 'Gerente de Recursos Humanos', companyName: 'Lácteos del Centro', industry: 'Alimentos', location: 'Villa María, Argentina', description: 'Necesitamos 30 plaquetas grabadas de antigüedad para la fiesta del viernes, el proveedor nos falló. ¿Llegan?' }, 'SQL'],
    ['es', '"máquinas palomeras" are popcorn machines', POPCORN, { jobPosition: 'Gerente de Operaciones', companyName: 'Cinemas del Bajío', industry: 'Cines', location: 'León, México', description: 'Queremos cotizar 6 palomeras grandes. ¿Tienen?' }, 'SQL'],
    ['pt', '"merenda" is school meals', SCHOOL_MEALS, { jobPosition: 'Diretora de Compras', companyName: 'Prefeitura de Lauro de Freitas', industry: 'Secretarias de educação', location: 'Lauro de Freitas, Brasil', description: 'Precisamos contratar a merenda da rede municipal. Podem enviar uma proposta?' }, 'SQL'],
  ])('%s: %s: matched', (_lang, _what, profile, fields, stage) => {
    const result = classifyWithRules(lead(fields), profile);
    expect(result.matchedServices.length).toBeGreaterThan(0);
    expect(result.stage).toBe(stage);
  });

  it('es: a "Coordinadora de Concesiones" runs the buyer area "concessions": SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Coordinadora de Concesiones', companyName: 'Arena Monterrey', industry: 'Estadios y arenas', location: 'Monterrey, México', description: 'Se nos acabó el aceite de coco y hay concierto mañana. ¿Nos surten 15 cubetas cuanto antes?' }), POPCORN);
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });
});

describe('round 120: asks, hurry and plans in new words', () => {
  it('es: a price "solo para tener referencia" has no timeline (LOW): NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Operaciones', companyName: 'Bodegas Rioja Alta', industry: 'Restaurante', location: 'Haro, España', description: 'Buenas, solo para tener referencia de cuánto cuesta más o menos un dispensador de vino para 8 botellas.' }), WINE);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('es: busy with a move "a full" this week, ours "una vez estemos instalados": NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefe de Servicios Generales', companyName: 'Clínica Norte', industry: 'Clínicas', location: 'Barranquilla, Colombia', description: 'Esta semana estamos a full con el trasteo, todo lo de la mudanza es urgente. Una vez estemos instalados quiero saber cómo funcionan sus planes para las sillas de la oficina.' }), UPHOLSTERY);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('es: in one sentence, urgent linens "antes del viernes, pero os escribo por lo de" our dispensers, someday: NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Director de Operaciones', companyName: 'Hoteles Cabo de Gata', industry: 'Hotelería', location: 'Almería, España', description: 'Voy a tope cerrando urgentemente lo de la lencería antes del viernes, pero os escribo por lo de los dispensadores de vino: más adelante los queremos poner en los hoteles. Mandadme catálogo.' }), WINE);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('pt: a migration "até sexta", "mas aproveito para vos escrever": we evaluate your curtains (MEDIUM): MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Diretor de Manutenção', companyName: 'Hospital de Santo André', industry: 'Saúde', location: 'Leiria, Portugal', description: 'Estamos em contrarrelógio com a mudança do sistema de faturação, tem de ficar até sexta, mas aproveito para vos escrever: estamos a avaliar trocar as cortinas de fumo da entrada das urgências.' }), FIRE_CURTAINS);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('pt: "sem projeto concreto para já" and "fazem ligação às centrais" ask nothing now: NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'CEO', companyName: 'Hotéis do Mondego', industry: 'Hotéis', location: 'Coimbra, Portugal', description: 'Gostávamos de conhecer a vossa empresa. Fazem ligação às centrais de incêndio de outras marcas? Sem projeto concreto para já.' }), FIRE_CURTAINS);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('es: "el precio está muy alto" where they buy is a complaint, not a price asked: evaluating, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Compras', companyName: 'Supermercados Itapúa', industry: 'Supermercados', location: 'Foz do Iguaçu, Brasil', description: 'Estamos evaluando proveedores de rollos térmicos para las cajas porque acá el precio está muy alto.' }), THERMAL_PAPER);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: "¿cuánto saldrían?" asks a price (HIGH): SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Marketing', companyName: 'Club Atlético Unión', industry: 'Clubes deportivos', location: 'Santa Fe, Argentina', description: 'Para la cena de fin de año queremos 25 trofeos de vidrio grabados. ¿Cuánto saldrían?' }), AWARDS);
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });

  it('en: "exploring what it would take" evaluates (MEDIUM): MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Operations Manager', companyName: 'Darling Downs Grain', industry: 'Broadacre farming', location: 'Dalby, Australia', description: 'Frost keeps catching us out on the low paddocks. Exploring what it would take to get alerts on our phones.' }), WEATHER);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });
});

describe('round 120: who writes, and with what', () => {
  it('es: comparing ticketing firms "por comisión" is a buyer, no partner: MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Marketing', companyName: 'Club Deportivo Prado', industry: 'Fútbol profesional', location: 'Montevideo, Uruguay', description: 'Estamos evaluando cambiar de ticketera, comparando tres opciones por comisión y días de liquidación.' }), TICKETING);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('MQL');
  });

  it('es: "les coordino una demo" of the machines we import pitches to the seller: DISQUALIFIED', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente Comercial', companyName: 'Láser Import', industry: 'Maquinaria', location: 'Rosario, Argentina', description: 'Importamos grabadoras láser con servicio técnico local y financiación. ¿Les coordino una demo en su taller?' }), AWARDS);
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it('en: a hobbyist\'s "backyard station" is a private person: DISQUALIFIED', () => {
    const result = classifyWithRules(lead({ description: 'Hobbyist with a backyard station here, my rain gauge reads high against the one at the airport. Do you calibrate home gear?', location: 'Toowoomba, Australia' }), WEATHER);
    expect(result.stage).toBe('DISQUALIFIED');
  });

  it.each([['Hi there'], ["G'day"]])('en: "%s" alone says nothing: REVIEW', (description) => {
    const result = classifyWithRules(lead({ jobPosition: 'Operations Manager', companyName: 'Western Downs Farming', industry: 'Broadacre farming', location: 'Pittsworth, Australia', description }), WEATHER);
    expect(result.stage).toBe('REVIEW');
  });
});
