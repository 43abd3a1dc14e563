// Names of one company area in the three languages and in the words job titles use for it. A seller's profile
// names its buyer areas as its author thought of them ("finanzas", "facilities", "operaciones"); a lead's title
// names the same area in other words ("Gerente Financiero", "Facility Manager", "Gerente de Planta"). When a
// profile names any member of a family, every member counts as that buyer area (policy.md section 1).
// Written as people write them; they are normalised (accents, case) where they are read.
export const BUYER_AREA_FAMILIES: readonly (readonly string[])[] = [
  ['finanzas', 'finance', 'finanças', 'financiero', 'financiera', 'financial', 'financeiro', 'financeira', 'tesorería', 'treasury', 'tesouraria', 'contraloría', 'controlling', 'controller', 'controladoria', 'contabilidad', 'accounting', 'contabilidade'],
  ['operaciones', 'operations', 'operações', 'operación', 'operation', 'operação', 'planta', 'plant', 'producción', 'production', 'produção', 'manufactura', 'manufacturing', 'fábrica', 'factory'],
  ['facilities', 'facility', 'facility management', 'facilities management', 'servicios generales', 'general services', 'serviços gerais', 'intendencia', 'building services', 'building management', 'inmuebles', 'property management', 'predial', 'manutenção predial'],
  ['mantenimiento', 'maintenance', 'manutenção', 'mantención', 'ingeniería de planta', 'plant engineering', 'engenharia de manutenção', 'confiabilidad', 'reliability'],
  ['recursos humanos', 'human resources', 'rrhh', 'rh', 'hr', 'talento humano', 'capital humano', 'gestión humana', 'gestión de personas', 'people', 'personas', 'pessoas', 'gestão de pessoas', 'gente e gestão', 'departamento pessoal', 'people operations'],
  ['bienestar', 'calidad de vida', 'wellbeing', 'well-being', 'bem-estar', 'qualidade de vida', 'clima laboral', 'beneficios', 'benefits', 'benefícios'],
  ['seguridad patrimonial', 'prevención de pérdidas', 'loss prevention', 'prevenção de perdas', 'protección de activos', 'asset protection', 'segurança patrimonial', 'seguridad corporativa', 'corporate security'],
  ['faturamento', 'facturación', 'billing', 'contas médicas', 'cuentas médicas', 'revenue cycle', 'ciclo de receita', 'cobranza', 'cobranças', 'collections', 'cuentas por cobrar', 'accounts receivable', 'contas a receber'],
  ['atendimento ao paciente', 'atención al paciente', 'patient experience', 'relacionamento com o paciente', 'experiência do paciente', 'atención al cliente', 'customer service', 'servicio al cliente', 'customer experience', 'experiência do cliente', 'relacionamento com o cliente'],
  ['producción agrícola', 'agrícola', 'agricultural', 'agronomía', 'agronomy', 'agronomia', 'campo', 'field operations', 'operaciones de campo', 'labores de campo', 'operações de campo', 'fitosanidad', 'sanidad vegetal', 'plant health', 'fitossanidade', 'cultivos', 'crops'],
  ['nómina', 'payroll', 'folha de pagamento', 'compensaciones', 'compensation', 'remuneraciones', 'remuneração'],
  ['capacitación', 'training', 'treinamento', 'formación', 'formación y desarrollo', 'capacitación y desarrollo', 'learning', 'learning and development', 'learning & development', 'desarrollo organizacional', 'desenvolvimento humano', 'treinamento e desenvolvimento', 'educação corporativa', 't&d', 'l&d'],
  ['energía', 'energy', 'energia', 'gestión energética', 'energy management', 'eficiencia energética', 'utilities'],
  ['compras', 'procurement', 'purchasing', 'abastecimiento', 'suministros', 'supply', 'suprimentos', 'adquisiciones', 'sourcing'],
  ['riesgos', 'risk', 'risks', 'riscos', 'gestión de riesgos', 'risk management', 'gestão de riscos', 'seguros', 'insurance'],
  ['logística', 'logistics', 'transporte', 'transport', 'transportation', 'distribución', 'distribution', 'distribuição', 'supply chain', 'cadena de suministro', 'cadeia de suprimentos', 'tráfico'],
  ['flota', 'flotilla', 'fleet', 'frota'],
  ['administración', 'administration', 'administrativo', 'administrativa', 'administração', 'administrative'],
  ['calidad', 'quality', 'qualidade', 'aseguramiento de calidad', 'quality assurance', 'garantia da qualidade', 'inocuidad', 'food safety', 'qa', 'qc', 'qhse', 'control de calidad', 'quality control', 'controle de qualidade'],
  ['seguridad industrial', 'seguridad e higiene', 'salud ocupacional', 'safety', 'ehs', 'hse', 'sst', 'segurança do trabalho', 'sesmt', 'seguridad y salud en el trabajo', 'seguridad y salud ocupacional', 'salud y seguridad', 'seguridad y salud', 'sso', 'occupational health and safety', 'health and safety', 'ohs', 'saúde e segurança', 'segurança e saúde', 'prevención de riesgos', 'prevención de riesgos laborales'],
  ['medio ambiente', 'ambiental', 'environmental', 'environment', 'meio ambiente', 'sustentabilidad', 'sostenibilidad', 'sustainability', 'sustentabilidade'],
  ['proyectos', 'projetos', 'projects', 'project management', 'gestión de proyectos', 'gestão de projetos', 'pmo', 'oficina de proyectos'],
  ['marketing', 'mercadeo', 'mercadotecnia', 'marketing digital', 'trade marketing', 'brand', 'branding', 'marca'],
  ['comunicaciones', 'comunicación', 'comunicação', 'comunicações', 'communications', 'comunicación corporativa', 'relaciones públicas', 'public relations', 'relações públicas', 'asuntos corporativos', 'corporate affairs'],
  ['legal', 'jurídico', 'jurídica', 'asuntos legales', 'legal affairs', 'compliance', 'cumplimiento', 'conformidade'],
  ['impuestos', 'tax', 'taxes', 'taxation', 'fiscal', 'tributario', 'tributaria', 'tributário', 'tributária', 'tributos', 'tributação', 'impositivo', 'impositiva'],
  ['auditoría interna', 'internal audit', 'auditoria interna', 'auditoría', 'audit', 'auditoria'],
  ['desarrollo de empaques', 'empaques', 'packaging', 'packaging development', 'embalagens', 'desenvolvimento de embalagens', 'envases', 'desarrollo de envases'],
  ['contenidos', 'contenidos digitales', 'contenido digital', 'conteúdos', 'conteúdos digitais', 'conteúdo digital', 'content', 'digital content', 'contenidos audiovisuales', 'conteúdos audiovisuais'],
  ['operaciones de tienda', 'operaciones de tiendas', 'operaciones retail', 'operações de loja', 'operações de lojas', 'operações de varejo', 'store operations', 'retail operations', 'tiendas', 'lojas', 'stores'],
  ['inteligencia comercial', 'inteligencia de negocios', 'business intelligence', 'bi', 'inteligência de negócios', 'analytics', 'datos', 'data', 'dados'],
];
