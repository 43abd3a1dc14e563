"""Leads for raiospt: Fulgor Proteção Atmosférica (Portugal), lightning protection, earthing and surge protection.
Mostly Portuguese (Portugal), some English and one Spanish."""


def add(rows):
    rows.seller("raiospt")
    L = rows.L

    L("pt", "incident", "Ricardo Antunes Faria", "ricardo.faria@logisfrio.pt", "Diretor de Operações", "LogisFrio - Armazenagem e Distribuição, S.A.", "Logística / frio", "Azambuja, Portugal", 180,
      "Bom dia. Ontem à noite durante a trovoada caiu um raio no armazém 2. Ficámos sem CCTV, a central de incêndio está em avaria e os portões de cais não respondem. O eletricista diz que os descarregadores do quadro geral rebentaram. Precisamos de alguém cá hoje para diagnóstico e para o relatório para a seguradora, temos mercadoria refrigerada e não podemos ficar assim.",
      "SQL", "P1", "fit A (logistics, 180, Portugal, post-strike diagnosis + SPD + insurance report); Diretor = director, decision maker; strike last night with systems down now and 'alguém cá hoje': CRITICAL -> SQL P1",
      phone="+351 912 448 301", source="web_form")

    L("pt", "buyer", "Marta Sequeira", "m.sequeira@hotelbaiamar.pt", "Diretora do Hotel", "Hotel Baía Mar Albufeira", "Hotelaria", "Albufeira, Faro, Portugal", 95,
      "Boa tarde,\nA nossa seguradora pede o relatório de verificação dos para-raios e a medição das terras antes da renovação da apólice, que é no próximo mês. O último relatório é de 2019. Podem enviar-me orçamento para inspeção e medição? O hotel tem dois edifícios e um parque de estacionamento coberto.",
      "SQL", "P2", "fit A (hotel, 95, Portugal, inspection + earth measurement); Diretora = director, decision maker; asks for a quote, renewal next month: HIGH -> SQL P2",
      phone="289 540 112", source="web_form")

    L("pt", "buyer", "Inês Carvalho Pinto", "ines.pinto@quintavaleescuro.pt", "Engenheira de Produção", "Quinta do Vale Escuro", "Vinhos / Adega", "Peso da Régua, Portugal", 70,
      "Olá. Estamos a construir um armazém novo de barricas junto à adega e o projetista disse que devíamos prever para-raios e rede de terra. Podiam mandar um orçamento para o projeto e instalação? Envio as plantas se precisarem.",
      "MQL", "P3", "fit A (winery, 70, Portugal, SPDA design + earthing); Engenheira = TECHNICAL, influencer, not a decision maker; quote request: HIGH -> MQL P3",
      source="web_form")

    L("pt", "research", "Paulo Henriques", "phenriques@metalurgicavouga.pt", "Diretor Industrial", "Metalúrgica do Vouga, S.A.", "Metalomecânica", "Albergaria-a-Velha, Portugal", 230,
      "Gostaria de perceber como funciona a avaliação de risco de descarga atmosférica. Não temos nada planeado, é para ver se faz sentido incluir no orçamento do próximo ano.",
      "NURTURE", "P4", "fit A (metalworking plant, 230, Portugal, risk assessment); Diretor = decision maker; no plan, next year's budget: LOW -> NURTURE P4",
      source="web_form")

    L("pt", "buyer", "Sérgio Lopes Matias", "sergio.matias@hospitalsaoroque.pt", "Gerente de Manutenção", "Hospital Privado São Roque", "Saúde / Hospital", "Setúbal, Portugal", 410,
      "Estamos a comparar propostas para renovar o sistema de para-raios do bloco B e fazer a melhoria da rede de terra, a decisão fica para este trimestre. Já temos duas propostas, gostava de ter uma terceira para comparar.",
      "MQL", "P3", "fit A (hospital, 410, Portugal, SPDA + earthing); Gerente de Manutenção = MANAGER in a buyerArea (manutenção), decision maker; comparing proposals, decision this quarter: MEDIUM -> MQL P3",
      phone="+351 265 009 431", source="web_form")

    L("pt", "jobseeker", "Nuno Barbosa", "nunobarbosa.eletricista@gmail.com", "Eletricista", None, None, "Guimarães, Portugal", None,
      "Boa tarde, sou eletricista com 8 anos de experiência em instalações industriais e trabalhos em altura. Vi que trabalham com para-raios e gostava de saber se estão a recrutar. Tenho carta de condução e disponibilidade imediata. Envio CV.",
      "DISQUALIFIED", "P4", "job seeker, not a buyer -> DISQUALIFIED",
      phone="936 220 781", source="web_form")

    L("pt", "vendor", "Cláudia Reis", "claudia.reis@cabosnortemetal.pt", "Comercial", "Cabos Norte Metal, Lda.", "Distribuição de material elétrico", "Maia, Portugal", 40,
      "Bom dia, somos distribuidores de cabo de cobre nu, varão de terra e ligadores. Temos condições especiais para instaladores de SPDA e entregas em 24h. Gostaria de apresentar a nossa tabela de preços ao vosso responsável de compras.",
      "DISQUALIFIED", "P4", "a vendor selling to the seller, not a buyer -> DISQUALIFIED",
      source="web_form")

    L("pt", "competitor", "Hugo Teixeira", "hugo.teixeira@terraeraio.pt", "Técnico Comercial", "Terra e Raio", "Proteção contra descargas atmosféricas", "Leiria, Portugal", 25,
      "Olá, precisava da vossa tabela de preços de descarregadores tipo 1+2 e do preço por medição de terra, é para um cliente nosso.",
      "DISQUALIFIED", "P4", "email domain is in competitorDomains (terraeraio.pt): a competitor asking for prices -> DISQUALIFIED",
      source="web_form")

    L("en", "buyer", "Joost van der Berg", "j.vanderberg@zonvalley-energy.com", "Head of Asset Management", "ZonValley Energy Portugal", "Solar energy", "Évora, Portugal", 60,
      "Hi, we operate three PV parks in Alentejo (28 MWp in total). Last summer we lost inverters twice after thunderstorms and the insurer is asking us to improve surge protection and earthing. Could you send us a proposal for an SPD retrofit and an earthing survey for the three sites? Happy to arrange a site visit.",
      "SQL", "P2", "fit A (solar parks, 60, Portugal, SPD + earthing, 3 sites); Head of = director, decision maker; past incidents are not an incident now, but a proposal request: HIGH -> SQL P2",
      phone="+351 266 100 254", source="web_form")

    L("pt", "empty", "Filipa Moura", "filipa.moura@supermercadosfonseca.pt", "Diretora de Compras", "Supermercados Fonseca", "Retalho alimentar", "Viseu, Portugal", 320,
      "Gostaria de mais informações.",
      "REVIEW", "P3", "company and role are fine (320, Portugal, purchasing director) but the description has no content and nothing else shows a need -> REVIEW P3",
      source="web_form")

    L("pt", "buyer-small", "Manuel Couto", "cafecouto.braga@gmail.com", "Proprietário", "Café Restaurante O Couto", "Restauração", "Braga, Portugal", 6,
      "Boa tarde, na semana passada caiu um raio no prédio ao lado e fiquei com medo. Quanto custa pôr um para-raios no meu restaurante? É um edifício de dois andares.",
      "NURTURE", "P4", "fit C (restaurant outside the target industries and 6 people, two weak; Portugal and lightning rod fine); owner asks a price (HIGH) but fit C -> NURTURE P4",
      phone="912 003 884", source="web_form")

    L("pt", "private", "Teresa Almeida", "teresa.almeida62@sapo.pt", None, None, None, "Sintra, Portugal", None,
      "Boa noite. Moro numa moradia na serra de Sintra e já caíram raios duas vezes nas árvores do quintal. Queria saber se fazem instalação de para-raios em casas particulares e quanto fica.",
      "DISQUALIFIED", "P4", "a private person for her own house: clearly outside the profile, fit D -> DISQUALIFIED",
      source="web_form")

    L("pt", "incident", "António Brás", "abras@ceramicasdolis.pt", "Diretor Fabril", "Cerâmicas do Lis, S.A.", "Indústria cerâmica", "Leiria, Portugal", 260,
      "Na inspeção ao posto de transformação da semana passada a terra de proteção deu valores muito acima do admissível e o inspetor deu-nos até sexta-feira para apresentar a correção, senão temos de desligar o PT. Precisamos de uma equipa para melhorar a terra esta semana. Contactem-me por telefone por favor.",
      "SQL", "P1", "fit A (ceramics plant, 260, Portugal, earthing improvement + measurement); Diretor = director, decision maker; deadline Friday this week with risk of shutdown: CRITICAL -> SQL P1",
      phone="+351 244 830 615", source="web_form")

    L("pt", "incident", "Daniel Ventura", "daniel.ventura@torrecom.pt", "Técnico de Manutenção", "TorreCom Infraestruturas de Telecomunicações", "Telecomunicações", "Coimbra, Portugal", 400,
      "URGENTE - depois da trovoada de ontem temos 4 sites (torres) no distrito de Viseu com os descarregadores queimados e equipamentos em baixo. Preciso de saber se têm equipa disponível já para substituir os DST e verificar as terras.",
      "MQL", "P3", "fit A (telecom infrastructure, 400, Portugal, SPD + earthing); Técnico = TECHNICAL, influencer, not a decision maker; sites down now, URGENTE: CRITICAL -> MQL P3",
      phone="+351 969 554 002", source="chat")

    L("pt", "buyer-offtarget", "Rui Gonçalves Tavares", "rtavares@cm-alvaiazere-obras.pt", "Diretor do Departamento de Obras Municipais", "Câmara Municipal - Departamento de Obras", "Administração pública", "Alvaiázere, Portugal", 600,
      "Pretendemos adjudicar a verificação e reparação dos para-raios de 12 escolas do concelho. Agradecemos o envio de orçamento discriminado por escola (inspeção, medição de terras e reparações previsíveis).",
      "SQL", "P2", "fit B (public administration is outside the target industries; 600, Portugal, inspection + earthing); Diretor = director, decision maker; quote request: HIGH -> SQL P2",
      phone="236 650 100", source="web_form")

    L("pt", "research", "Helena Marques", "helena.marques@parqueoriente-fm.pt", "Facility Manager", "Parque Oriente Business Center", "Gestão de edifícios de escritórios", "Lisboa, Portugal", 85,
      "Olá, estamos só a recolher informação. No futuro vamos rever as instalações técnicas dos três edifícios e gostava de saber que tipo de serviços de manutenção de para-raios e terras fazem.",
      "NURTURE", "P4", "fit A (office buildings, 85, Portugal, maintenance of SPDA + earthing); Facility Manager = MANAGER in a buyerArea, decision maker; 'só a recolher informação', 'no futuro': LOW -> NURTURE P4",
      source="web_form")

    L("pt", "buyer", "Luís Ferreira", "lferreira@mailinator.com", "Diretor de Manutenção", "Transportes Ferreira & Filhos", "Logística", "Santarém, Portugal", 110,
      "Precisamos de orçamento para para-raios no novo armazém.",
      "DISQUALIFIED", "P4", "mailinator is a disposable email: DISQUALIFIED whatever the need",
      source="web_form")

    L("pt", "student", "Beatriz Coelho", "up202004411@edu.fe.up.pt", "Estudante de Engenharia Eletrotécnica", "FEUP", "Ensino superior", "Porto, Portugal", None,
      "Olá! Estou a fazer a minha dissertação de mestrado sobre sistemas de proteção contra descargas atmosféricas em edifícios industriais e gostava de saber se me podiam disponibilizar alguns relatórios de medição de terras (anonimizados) ou responder a um questionário curto.",
      "DISQUALIFIED", "P4", "a student working on a thesis, not a buyer -> DISQUALIFIED",
      source="web_form")

    L("es", "buyer", "Iñaki Otero Castro", "iotero@conservasatlanticas.es", "Director de Mantenimiento", "Conservas Atlánticas - planta de Valença", "Alimentación / conservas", "Valença, Portugal", 150,
      "Buenos días, somos una empresa gallega con planta en Valença. El auditor de la aseguradora nos ha pedido revisar el pararrayos de la nave de producción y poner protección contra sobretensiones en los cuadros. ¿Podrían venir a ver la instalación y pasarnos presupuesto? Hablo portugués pero escribo mejor en castellano.",
      "SQL", "P2", "fit A (food plant in Portugal, 150, SPDA check + SPD); Director de Mantenimiento = director, decision maker; visit + quote: HIGH -> SQL P2",
      phone="+34 986 112 450", source="web_form")

    L("pt", "buyer-offtarget", "Edson Mateus Cardoso", "edson.cardoso@petrosul-angola.co.ao", "Diretor Técnico", "PetroSul Serviços Petrolíferos", "Serviços petrolíferos", "Luanda, Angola", 900,
      "Caros senhores, precisamos com urgência de proposta para projeto e instalação de SPDA e redes de terra em três bases logísticas no Soyo e em Cabinda. Tivemos um incidente há duas semanas. Podem mobilizar equipa para Angola?",
      "SQL", "P1", "fit B (Angola is outside targetCountries; 900 staff, logistics bases, SPDA + earthing); Diretor = director, decision maker; 'com urgência' for a concrete need: CRITICAL -> SQL P1",
      phone="+244 923 456 120", source="web_form")

    L("es", "buyer-offtarget", "Carmen Vilar Souto", "cvilar@adegasriasbaixas.es", "Directora Técnica", "Adegas Rías Baixas, S.A.", "Bodega / vinos", "Cambados, Pontevedra, España", 75,
      "Hola, estamos valorando instalar protección contra rayos en la nueva bodega de crianza. Estamos mirando varias empresas de Galicia y del norte de Portugal. ¿Trabajan en España?",
      "MQL", "P3", "fit B (Spain is outside targetCountries; winery, 75, SPDA); Directora = director, decision maker; evaluating several companies: MEDIUM -> MQL P3",
      source="web_form")

    L("pt", "empty", "Jorge Pimentel", "jorge.pimentel@bizparkmaia.pt", "Facility Manager", "BizPark Maia", "Gestão de parques empresariais", "Maia, Portugal", 60,
      None,
      "REVIEW", "P3", "no description; a facility manager at a business park is a plausible buyer but nothing shows a need -> REVIEW P3",
      phone="+351 229 400 310", source="web_form")

    L("en", "spam", "Marketing Team", "promo@fastrank-seo.biz", "SEO Expert", "FastRank", "Digital marketing", None, None,
      "Dear Sir/Madam, your website fulgor is not ranking on the first page of Google!!! We guarantee #1 position in 7 days. Reply YES for free audit. http://fastrank-seo.biz/offer",
      "DISQUALIFIED", "P4", "spam / an agency selling to the seller -> DISQUALIFIED",
      source="web_form")

    L("pt", "past-incident", "Gonçalo Freitas", "gfreitas@madeirapalms-hotels.pt", "Diretor de Manutenção", "Madeira Palms Hotels", "Hotelaria", "Funchal, Madeira, Portugal", 210,
      "Há dois anos caiu um raio junto à piscina e queimou a central telefónica e parte do sistema de gestão técnica. Está tudo reparado. Agora estamos a preparar o plano de manutenção do próximo ano e gostava de perceber se um contrato anual de verificação faz sentido para nós. Sem pressa nenhuma.",
      "NURTURE", "P4", "fit A (hotel group, 210, Portugal/Madeira, annual inspection contract); Diretor = decision maker; the strike was two years ago, next year's plan, 'sem pressa': LOW -> NURTURE P4",
      source="web_form")

    L("pt", "buyer", "Sónia Rebelo", "sonia.rebelo@plastimoldes.pt", "Assistente de Direção", "Plastimoldes - Injeção de Plásticos, Lda.", "Indústria de plásticos", "Marinha Grande, Portugal", 140,
      "Bom dia, o nosso diretor geral pediu-me para solicitar orçamento para a inspeção periódica dos para-raios das duas naves e medição das terras. Obrigada.",
      "MQL", "P3", "fit A (plastics plant, 140, Portugal, inspection + earthing); Assistente = USER, not a decision maker; quote request: HIGH -> MQL P3",
      phone="244 570 220", source="web_form")

    L("pt", "buyer", "Dr. Vasco Lemos", "vasco.lemos@clinicasvitalis.pt", "CEO", "Clínicas Vitalis", "Saúde", "Aveiro, Portugal", 140,
      "Estamos a construir a nova clínica em Ílhavo, a obra termina no fim do verão. O gabinete de projeto não incluiu o SPDA nem a rede de terra e vamos ter ressonância magnética e servidores. Gostávamos de marcar uma reunião nas próximas semanas para avançar com o projeto.",
      "SQL", "P2", "fit A (clinic group, 140, Portugal, SPDA + earthing design); CEO = C_LEVEL, decision maker; meeting in the coming weeks: HIGH -> SQL P2",
      phone="+351 934 771 090", source="referral")

    L("pt", "partner", "Fernando Vieira", "fvieira.instalacoes@gmail.com", "Sócio", "FV Instalações Elétricas", "Instalações elétricas", "Viseu, Portugal", 5,
      "Olá, sou instalador eletricista na zona de Viseu e tenho muitos clientes industriais. Proponho uma parceria: eu indico-vos obras de para-raios e vocês pagam-me 10% de comissão. Se tiverem interesse liguem-me.",
      "DISQUALIFIED", "P4", "a partner after a referral commission, not a buyer -> DISQUALIFIED",
      phone="966 418 207", source="web_form")

    L("pt", "buyer-small", "Tiago Moreira", "tiago@nuvemazul.pt", "Fundador", "Nuvem Azul Informática", "Serviços de informática", "Lisboa, Portugal", 12,
      "Boa tarde, temos um pequeno escritório com 3 servidores e já tivemos 2 fontes queimadas este ano por picos de tensão. O que recomendam em termos de proteção contra sobretensões? O edifício é arrendado.",
      "NURTURE", "P4", "fit C (IT services outside the target industries and 12 people, two weak; Portugal and SPD fine); founder, but no timeline, asks for advice: LOW; fit C -> NURTURE P4",
      source="web_form")

    L("pt", "buyer-offtarget", "Adriano Souza", "adriano.fazendaboavista@hotmail.com", "Proprietário", "Fazenda Boa Vista", "Agropecuária", "Rio Verde, Goiás, Brasil", 8,
      "Boa tarde pessoal, aqui na fazenda cai muito raio, ano passado perdi 3 cabeças de gado e a bomba do poço. Vocês fazem instalação de para-raios aqui no Brasil? Qual seria o valor?",
      "DISQUALIFIED", "P4", "fit D (Brazil outside targetCountries, a cattle farm outside the target industries, 8 people: three weak) -> DISQUALIFIED",
      phone="+55 64 99812 3345", source="web_form")

    L("en", "buyer", "Sarah Whitmore", "gm@casadosolar-algarve.com", "General Manager", "Casa do Sol Resort & Spa", "Hospitality", "Lagoa, Algarve, Portugal", 120,
      "Hello, our insurer's surveyor flagged that the new spa building has no lightning protection at all, and the main building's system hasn't been tested in years. We need a design and installation for the spa and a test of the existing system. Could you quote for both? We'd like the work done before the autumn storms.",
      "SQL", "P2", "fit A (resort, 120, Portugal, SPDA design/install + inspection); General Manager = C_LEVEL, decision maker; quote request: HIGH -> SQL P2",
      phone="+351 282 340 900", source="web_form")

    L("pt", "buyer", "Patrícia Gomes Leite", "patricia.leite@transleite.pt", "Diretora de Logística", "TransLeite Distribuição", "Logística", "Vila Franca de Xira, Portugal", 190,
      "Para o próximo trimestre está prevista a ampliação do armazém (mais 8.000 m2). Vamos precisar de para-raios e de ligar a nova terra à existente. Nesta fase estamos só a comparar soluções e preços indicativos.",
      "MQL", "P3", "fit A (logistics, 190, Portugal, SPDA + earthing); Diretora = director, decision maker; next quarter, comparing: MEDIUM -> MQL P3",
      source="web_form")

    L("pt", "empty", "a", "zemanel1977@gmail.com", None, None, None, None, None,
      "preço para raios",
      "DISQUALIFIED", "P4", "data quality POOR (name 'a', free email, no company, role, location or industry, a three-word description) -> DISQUALIFIED",
      source="web_form")

    L("pt", "research", "Álvaro Cunha", "acunha@texteisdoave.pt", "Diretor Geral", "Têxteis do Ave, S.A.", "Indústria têxtil", "Santo Tirso, Portugal", 330,
      "Bom dia. Hoje em dia ouve-se falar que os para-raios radioativos antigos têm de ser retirados. Temos um desses no telhado da fiação desde os anos 80. Não é urgente, só queria perceber o processo e quem trata disso.",
      "NURTURE", "P4", "fit A (textile plant, 330, Portugal, replacement of a radioactive rod); Diretor Geral = C_LEVEL; 'hoje em dia' is no deadline and 'não é urgente' is negated: LOW -> NURTURE P4",
      source="web_form")

    L("en", "incident", "Mark Delaney", "mark.delaney@bioneva-pharma.com", "Head of Facilities", "Bioneva Pharma Portugal", "Pharmaceutical manufacturing", "Oeiras, Portugal", 350,
      "Lightning hit the boiler stack this afternoon. The BMS and two production lines tripped and one line is still down. We need someone ASAP to inspect the lightning protection system and earthing before we restart, and a report for our insurer.",
      "SQL", "P1", "fit A (pharma plant, 350, Portugal, post-strike inspection + earthing + report); Head of = director, decision maker; production stopped now, ASAP: CRITICAL -> SQL P1",
      phone="+351 214 400 781", source="web_form")

    L("pt", "buyer", "Carlos Sampaio", "csampaio@adegamonfalim.pt", "Gerente de Manutenção", "Adega Cooperativa Terras de Monfalim", "Vinhos", "Estremoz, Portugal", 90,
      "Este ano vamos remodelar a nave de vinificação e queremos aproveitar para instalar proteção contra descargas atmosféricas. Ainda estamos a fechar o âmbito com o arquiteto.",
      "MQL", "P3", "fit A (winery, 90, Portugal, SPDA); Gerente de Manutenção = MANAGER in a buyerArea, decision maker; this year, scope still open: MEDIUM -> MQL P3",
      source="web_form")

    L("pt", "research", "Bruno Simões", "bruno.simoes@corticasdosado.pt", "Engenheiro Eletrotécnico", "Cortiças do Sado", "Indústria da cortiça", "Montijo, Portugal", 210,
      "Só para informação: qual a periodicidade recomendada para a verificação do SPDA numa instalação industrial? E a medição das terras tem de ser feita pela mesma entidade?",
      "NURTURE", "P4", "fit A (cork plant, 210, Portugal, inspection + earthing); Engenheiro = TECHNICAL, influencer; information only: LOW -> NURTURE P4",
      source="web_form")

    L("pt", "buyer", "João Silva", "joao.silva@frutasdooeste", "Diretor Comercial", "Frutas do Oeste", "Agroindústria / centrais fruteiras", "Cadaval, Portugal", 120,
      "Precisamos de proposta para para-raios e terras na nova câmara frigorífica.",
      "DISQUALIFIED", "P4", "email domain has no dot: INVALID email -> DISQUALIFIED whatever the need",
      source="web_form")

    L("pt", "buyer", "Raquel Nogueira", "rnogueira@imovaliagest.pt", "Diretora de Património", "ImoValia - Gestão de Imóveis", "Gestão de edifícios de escritórios", "Porto, Portugal", 75,
      "Olá, gerimos 6 edifícios de escritórios no Porto e em Matosinhos. Queremos contratar a verificação anual dos para-raios e terras para todos, com relatório. Podem ligar-me para combinarmos uma visita?",
      "SQL", "P2", "fit A (office property management, 75, Portugal, annual inspection contract); Diretora = director, decision maker; asks for a call and a visit: HIGH -> SQL P2",
      phone="+351 22 608 4410", source="web_form")

    L("en", "buyer-small", "Klaus Reinhardt", "klaus@quintadaspedras-alentejo.com", "Owner", "Quinta das Pedras Guesthouse", "Hospitality / rural tourism", "Monsaraz, Portugal", 4,
      "Hi there, we run a small rural guesthouse on a hilltop. Lightning struck the old tower last winter. Could you give me a rough price for a lightning rod and earthing for the main house and the tower?",
      "SQL", "P2", "fit B (hospitality, Portugal, SPDA + earthing, but 4 people: one weak); Owner = C_LEVEL, decision maker; asks for a price (a quote): HIGH -> SQL P2",
      source="web_form")

    L("en", "vendor", "Daniel Ortiz", "daniel@skyscan-drones.eu", "Business Development", "SkyScan Drones", "Drone inspection services", "Lisbon, Portugal", 10,
      "Hello Fulgor team, we provide drone-based roof and lightning-rod inspections with thermal imaging. We'd love to partner with you and offer our services to your clients at a preferential rate. Can we book 20 minutes next week?",
      "DISQUALIFIED", "P4", "a vendor pitching its services to the seller, not a buyer -> DISQUALIFIED",
      source="web_form")

    L("en", "research", "Ana Rodrigues", "ana.rodrigues@lusocargo-group.com", "Facilities Analyst", "LusoCargo Group", "Logistics", "Lisbon, Portugal", 520,
      "We are benchmarking suppliers for the annual lightning protection and earthing inspections across our 5 sites in Portugal. The tender will probably run next quarter. Could you share your service scope and a reference list?",
      "MQL", "P3", "fit A (logistics, 520, Portugal, inspections at 5 sites); Analyst = USER, not a decision maker; benchmarking, next quarter: MEDIUM -> MQL P3",
      source="web_form")

    L("pt", "buyer", "Eduardo Tomé", "etome@ceramicaaveirense.pt", "Diretor Geral", "Cerâmica Aveirense, Lda.", "Cerâmica", "Aveiro, Portugal", 160,
      "Boa tarde. Tivemos 3 avarias em autómatos e variadores este inverno, sempre depois de trovoada. Queremos orçamento para descarregadores de sobretensão nos quadros principais e nas linhas de comunicação dos fornos.",
      "SQL", "P2", "fit A (ceramics plant, 160, Portugal, SPD); Diretor Geral = C_LEVEL, decision maker; past failures, quote request: HIGH -> SQL P2",
      phone="234 300 915", source="web_form")

    L("pt", "empty", "Miguel Pacheco", "miguel.pacheco@vinhosdoalto.pt", "Gerente de Manutenção", "Vinhos do Alto Douro, S.A.", "Vinhos", "Alijó, Portugal", 85,
      "Olá",
      "REVIEW", "P3", "a plausible buyer (winery, 85, Portugal, maintenance manager) but 'Olá' is no content and nothing else shows a need -> REVIEW P3",
      source="chat")
