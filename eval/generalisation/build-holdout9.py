#!/usr/bin/env python3
"""Writes holdout9.jsonl: a ninth, fresh generalisation holdout for four sellers nobody had used (vigiamx,
agendasaude, agrodronco, mesacorp; profiles in ./profiles).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas,
section 6's non-buyers) and the fit-grade convention of the earlier sets (A: industry, size, need and country all
good; B: one weak; C: two weak; D: three weak, or not a buyer at all), without reading the classifier's code,
running it or running any eval, and without reusing sentences from the existing sets. Every lead is split
`holdout9`: it is a measuring set, not a tuning set.

Rows are built with holdout_rows.L. holdout_rows.write is imported but not called: it writes beside
holdout_rows.py (outside this folder) and takes the profile from the id's first letter, which the `n` ids of this
set cannot carry. write9() below does the same checks and writes holdout9.jsonl beside this script, taking each
row's profile from the seller() block it was written in. Run:
    python3 build-holdout9.py
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import L, write, ROWS, VALID_LABELS  # noqa: E402,F401

_BLOCKS = []  # (index of the first row, profile id)


def seller(profile):
    """Every row L()-ed after this call belongs to `profile`."""
    _BLOCKS.append((len(ROWS), profile))


def profile_of(i):
    return [p for start, p in _BLOCKS if start <= i][-1]


def write9(split):
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{split}.jsonl")
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "profiles")
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        for i, (id, lang, kind, lead, stage, pri, why) in enumerate(ROWS):
            assert id not in seen, id
            seen.add(id)
            assert id[0] == "n", id
            assert (stage, pri) in VALID_LABELS, (id, stage, pri)
            profile = profile_of(i)
            assert os.path.exists(os.path.join(here, f"{profile}.json")), profile
            row = {"id": id, "profile": profile, "lang": lang, "kind": kind, "split": split,
                   "lead": lead, "expected": {"stage": stage, "priority": pri}, "why": why}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} leads -> {out}")


# ---------------------------------------------------------------- vigiamx: Mexican electronic-security integrator
seller("vigiamx")
L("n001","es","buyer","Rogelio Treviño Garza","rtrevino@logisticaanahuac.com.mx","Gerente de Seguridad Patrimonial","Logística Anáhuac S.A. de C.V.","Logística y almacenaje","Tultitlán, México",800,
  "Anoche se brincaron la barda trasera del CEDIS y se llevaron dos tarimas de electrónicos. Al revisar el grabador vimos que las cámaras del patio llevaban como 15 días sin grabar y nadie se dio cuenta. Necesito que venga un técnico hoy mismo a revisar todo y que me coticen el reemplazo del NVR y sensores en la barda.",
  "SQL","P1","fit A (logistics, 800, Mexico, CCTV + perimeter intrusion); Gerente de Seguridad Patrimonial = manager in a buyer area (and in security): decision maker; theft last night, cameras not recording, technician today: CRITICAL (§3) -> SQL P1",
  phone="+52 55 4120 8876", source="web_form")
L("n002","es","buyer-area","Itzel Carrasco Medina","icarrasco@farmaciasdelbajio.com.mx","Jefa de Protección de Activos","Farmacias del Bajío","Farmacias / Retail","León, México",2300,
  "Buen día. Tenemos 118 sucursales en Guanajuato, Querétaro y Michoacán y queremos cambiar el servicio de monitoreo de alarmas y botones de pánico de todas. Les pido cotización con mantenimiento incluido; quiero presentarla al comité antes del cierre de mes.",
  "SQL","P2","fit A (pharmacy chain, 118 branches, Mexico, monitoring + maintenance); 'protección de activos' is seguridad patrimonial / prevención de pérdidas in other words, so this Jefa is a buyer-area manager (decision maker); quote before month end: HIGH -> SQL P2")
L("n003","en","influencer","Bradley Kowalski","bkowalski@norvexautomotive.com","Plant Manager","Norvex Automotive de México","Automotive manufacturing","Ciudad Juárez, Mexico",1400,
  "Hi, we run a 1,400-employee wire harness plant in Juárez. Corporate wants badge-controlled turnstiles at both employee gates and plate reading at the truck gate before our customer audit next month. Please send a proposal in the coming weeks.",
  "MQL","P3","fit A (manufacturing, 1400, Mexico, access control); proposal in the coming weeks: HIGH; but a Plant Manager is a MANAGER in plant operations, which is not technology, purchasing or a vigiamx buyer area -> INFLUENCER, no decision maker -> MQL P3 (§6 rule 4)")
L("n004","es","buyer","Verónica Islas Peña","vislas@grupolaesquina.com.mx","Directora de Operaciones","Grupo Restaurantero La Esquina","Restaurantes","Ciudad de México, México",1100,
  "Operamos 45 restaurantes en CDMX y Edomex. Después de varios asaltos a cajeros, el consejo ya aprobó presupuesto para poner botón de pánico, cámaras en caja y monitoreo 24/7 en todas las sucursales. Queremos su cotización.",
  "SQL","P2","fit A (restaurant chain, 45 sites, Mexico, three services); a directora is a decision maker; approved budget + quote: HIGH (the past robberies are background, not an incident now) -> SQL P2")
L("n005","es","negation","Óscar Villaseñor","ovillasenor@autopartesqro.com.mx","Gerente de Compras","Autopartes de Querétaro S.A. de C.V.","Manufactura automotriz","Querétaro, México",650,
  "No es nada urgente, pero sí necesito la cotización formal de control de acceso vehicular: dos casetas con plumas, lectura de placas y registro de visitantes. Me la pide el comité de inversión para su revisión del próximo mes.",
  "SQL","P2","'no es nada urgente' only rules out CRITICAL (§3 negation); a formal quote is HIGH; purchasing manager = business decision maker; fit A (manufacturing, 650, Mexico, access control) -> SQL P2")
L("n006","es","small-business","Jesús Alberto Rangel","gasolinerasrangel@hotmail.com","Propietario","Gasolineras Rangel","Gasolineras","Celaya, México",38,
  "buenas tardes, tengo 3 gasolineras en celaya y alrededores, como 38 empleados. en lo que va del año han asaltado 2 veces a mis despachadores en el turno de noche. quiero camaras que se vean desde mi celular y boton de panico conectado a monitoreo, me pasan precio porfa",
  "SQL","P2","fit B: gas stations are a target industry, Mexico, two services; only size is weak (3 stations, 38 staff); hotmail lowers data quality a little, not fit; owner = C-level; asks a price: HIGH (robberies are past) -> SQL P2",
  phone="461 155 2390")
L("n007","es","unusual-words","Armando Quintanilla","aquintanilla@abarrotesdelnorte.mx","Gerente General","Abarrotes Mayoristas del Norte","Comercio mayorista y almacenes","Saltillo, México",260,
  "Se nos está yendo mercancía por la puerta de atrás y no sabemos ni quién ni cuándo. Quisiera poder ver desde la oficina lo que pasa en las 14 bodegas y saber quién entra y a qué hora a cada una. ¿Pueden venir la otra semana a ver y darnos un precio?",
  "SQL","P2","CCTV and access control asked in everyday words ('ver desde la oficina', 'saber quién entra'); fit A (wholesale with 14 warehouses, 260, Mexico); Gerente General = C-level; visit + price: HIGH -> SQL P2")
L("n008","es","conditional","Patricia Ochoa","pochoa@lacteoslosaltos.com.mx","Directora de Planta","Lácteos Los Altos","Alimentos","Tepatitlán, México",520,
  "Nuestro cliente principal nos exige 90 días de grabación en las áreas de proceso. Si un día fallara el grabador perderíamos la certificación y con ella el contrato. Hoy no ha pasado nada, pero no queremos esperar a que pase: ¿nos mandan propuesta de póliza de mantenimiento y respaldo de video este mes?",
  "SQL","P2","'si un día fallara' is a conditional risk and 'no ha pasado nada': no incident now, so not CRITICAL; proposal this month: HIGH; Directora = director (decision maker); fit A (food manufacturing, 520, Mexico, CCTV + maintenance) -> SQL P2")
L("n009","es","influencer","Karla Yazmín Robles","krobles@tiendaslamoda.com.mx","Analista de Prevención de Pérdidas","Tiendas La Moda","Retail","Monterrey, México",3000,
  "URGENTE. Desde anoche no tenemos monitoreo de alarmas en 6 tiendas de Monterrey, el proveedor actual no contesta y hoy abrimos a las 11. Mi gerente me pidió conseguir quién nos atienda hoy mismo.",
  "MQL","P3","fit A (retail chain, 3000, Mexico, alarm monitoring); monitoring down now + today: CRITICAL; but an analyst is USER even inside the prevención de pérdidas buyer area (buyerAreas lift managers only) -> MQL P3")
L("n010","es","influencer","Ing. Luis Fernando Bautista","lbautista@empaquesdelvalle.com.mx","Ingeniero de Proyectos","Empaques Plásticos del Valle","Manufactura","Toluca, México",450,
  "Estoy armando el proyecto de ampliación de la nave 3 y necesito incluir CCTV y control de acceso al almacén de producto terminado. Ocupo una cotización a más tardar en tres semanas para meterla al presupuesto.",
  "MQL","P3","fit A (manufacturing, 450, Mexico, two services); quote within three weeks: HIGH; an engineer is TECHNICAL -> INFLUENCER without decision power -> MQL P3")
L("n011","es","evaluating","María Fernanda Leal","mfleal@parquesantafegto.mx","Directora de Administración y Finanzas","Parque Industrial Santa Fe Guanajuato","Parques industriales","Silao, México",90,
  "Estamos evaluando cambiar el esquema de casetas del parque (22 naves; hoy todo es bitácora en papel) por control de acceso vehicular con lectura de placas y cámaras en el perímetro. La idea es decidir el próximo trimestre; por ahora estamos comparando opciones.",
  "MQL","P3","fit A (industrial park, 22 buildings, Mexico, access control + CCTV); directora = decision maker; 'hoy' describes the current setup; evaluating, next quarter: MEDIUM -> MQL P3 (a decision maker still evaluating)")
L("n012","en","today-nowadays","Jennifer Walsh","jwalsh@brightmart.com.mx","VP of Operations","BrightMart de México","Retail","Monterrey, Mexico",1600,
  "Today our 30 stores in Nuevo León and Coahuila run on old analog cameras and a separate alarm company. Sometime this year we want to move to a single provider for video and monitoring. Still comparing options, nothing decided.",
  "MQL","P3","'today' describes the current setup, not a deadline; comparing, this year: MEDIUM; VP = director (decision maker); fit A (retail, 30 stores, Mexico, CCTV + monitoring) -> MQL P3")
L("n013","pt","exploration","Luciana Bortolotto","lbortolotto@metalurgicasulbrasil.com.mx","Diretora Geral","Metalúrgica Sul Brasil México","Metalurgia","San Luis Potosí, México",300,
  "Boa tarde. Sou diretora da operação mexicana de um grupo metalúrgico do Rio Grande do Sul. Com todo o respeito, por ora gostaríamos apenas de conhecer as soluções que vocês oferecem; não há projeto nem orçamento definidos. Se puderem enviar uma apresentação, agradeço.",
  "NURTURE","P4","fit A (manufacturing, 300, Mexico); polite exploration, no project or budget, a deck only: LOW -> NURTURE P4 (a C-level decision maker does not change LOW)")
L("n014","es","today-nowadays","Gerardo Ibarra","gibarra@ferreterasdeoccidente.com.mx","Director Comercial","Ferreteras de Occidente","Retail ferretero","Zapopan, México",400,
  "hoy en dia tenemos camaras analogicas en las 18 sucursales y funcionan mas o menos. a futuro nos gustaria pasarnos a IP con analitica pero no hay fecha ni presupuesto, solo queria ver que manejan",
  "NURTURE","P4","'hoy en día' means nowadays (current setup), not a deadline; 'a futuro', no date or budget: LOW; fit A (retail chain, 18 branches) -> NURTURE P4")
L("n015","es","today-deadline","Alejandra Zúñiga","azuniga@cedisaltiplano.com.mx","Coordinadora de Servicios Generales","Centro de Distribución Altiplano","Logística","San Luis Potosí, México",350,
  "Hoy a las 6 pm arranca la operación del nuevo almacén y los lectores de los torniquetes no reconocen las credenciales del personal. El instalador que los puso ya no responde. Necesitamos un técnico hoy mismo.",
  "SQL","P1","a real same-day deadline (today 6 pm) on the seller's own service (access control): CRITICAL; a coordinator is a manager and servicios generales is a buyer area (decision maker); fit A (logistics, 350, Mexico) -> SQL P1")
L("n016","es","other-urgency","Humberto Cázares","hcazares@vidrioscontinental.com.mx","Gerente de Seguridad Patrimonial","Vidrios Continental","Manufactura","Monterrey, México",900,
  "Esta semana tenemos el inventario físico anual y la visita del corporativo, ando a mil. Lo de renovar las cámaras de la planta lo vamos a ver hasta el próximo año; por lo pronto mándenme su catálogo para tenerlo a la mano.",
  "NURTURE","P4","the deadline this week is a stock count and a corporate visit, not the seller's topic; camera renewal next year, catalogue only: LOW; fit A and a buyer-area manager, but LOW -> NURTURE P4")
L("n017","en","past-incident","Michael Duarte","mduarte@sunridgefoods.com.mx","Operations Director","Sunridge Foods de México","Food processing","Irapuato, Mexico",700,
  "Back in 2023 someone drove a loaded trailer out of our yard at night. Since then we've had guards on both gates and zero losses. There's nothing we need right now; I'm only saving your details for later.",
  "NURTURE","P4","a past theft, fixed since; nothing sought now, details saved for later: LOW; fit A (food manufacturing, 700, Mexico), director -> NURTURE P4")
L("n018","en","fit-c","Desmond Young","dyoung@younghardwarebz.com","Owner","Young's Hardware","Retail","Belize City, Belize",15,
  "Had a break-in last weekend, need 6 cameras and an alarm ASAP. Do you install in Belize? Please call me.",
  "NURTURE","P4","fit C: Belize is outside Mexico and 15 staff is small (two weak; retail and the need fit); ASAP urgency and an owner do not lift fit C (§6 rules 3-5) -> NURTURE P4")
L("n019","es","fit-d","Efraín Mejía","iglesiavidverdadera@gmail.com","Pastor","Iglesia Cristiana Vid Verdadera","Religioso","San Pedro Sula, Honduras",4,
  "Bendiciones. Queremos poner una camarita en la entrada del templo porque se han robado las bocinas. ¿Venden una sola? ¿Cuánto costaría con envío a Honduras?",
  "DISQUALIFIED","P4","fit D: a 4-person church in Honduras wanting one camera: industry outside the targets, micro size, country outside Mexico (three weak, only the need fits) -> DISQUALIFIED (§6 rule 1, fit D)")
L("n020","pt","buyer","Fernando Scheffer","fscheffer@freiomax.com.br","Diretor Industrial","Freiomax Autopeças","Autopeças / Manufatura","Puebla, México",250,
  "Bom dia, estamos abrindo nossa planta em Puebla (250 funcionários na primeira fase) e começamos a operar no mês que vem. Precisamos de CFTV, controle de acesso nas portarias e alarme no almoxarifado. Vocês podem nos mandar uma proposta nas próximas semanas? Escrevo em português, mas a reunião pode ser em espanhol.",
  "SQL","P2","fit A (auto-parts plant in Mexico, 250, three services); Diretor = director (decision maker); proposal in the coming weeks: HIGH -> SQL P2")
L("n021","pt","evaluating","Tatiane Rezende","tatiane.rezende@casasmaravilha.com.br","Gerente de Compras Internacionais","Casas Maravilha Varejo","Varejo","Guadalajara, México",5000,
  "Olá! Vamos abrir 12 lojas em Jalisco a partir do segundo semestre e estamos avaliando fornecedores de segurança eletrônica (câmeras e monitoramento) para o projeto. Ainda estamos comparando, sem decisão.",
  "MQL","P3","fit A (retail chain, 12 stores in Mexico, CCTV + monitoring); a purchasing manager is a business decision maker; evaluating, second half of this year: MEDIUM -> MQL P3")
L("n022","en","buyer-area","Carlos Ybarra","cybarra@superlaestrella.com.mx","Loss Prevention Manager","Supermercados La Estrella","Supermarkets","Monterrey, Mexico",2800,
  "Hi team, I lead loss prevention for 12 supermarkets in the Monterrey metro. Shrink at self-checkout is killing us. I'd like to scope camera analytics at the checkouts and get a quote in the next couple of weeks. Can we set up a call?",
  "SQL","P2","loss prevention is the prevención de pérdidas buyer area in English, so this manager is a decision maker; fit A (supermarkets, 12 stores, Mexico, CCTV analytics); call + quote in the coming weeks: HIGH -> SQL P2")
L("n023","es","short","Rosa Elena Cantú","rcantu@mueblesbellavista.com.mx","Jefa de Compras","Muebles Bellavista","Manufactura de muebles","Tlaquepaque, México",180,
  "Cotizacion 8 camaras + grabador para 2 naves, Tlaquepaque. gracias",
  "SQL","P2","very short but a concrete quote request; fit A (furniture manufacturing, 180, Mexico, CCTV); purchasing manager = business decision maker; quote: HIGH -> SQL P2")
L("n024","en","fit-b","Priya Raman","praman@bajiodatahub.com","Head of Security","Bajío DataHub","Data centers","Querétaro, Mexico",120,
  "We are commissioning a second data hall and need biometric access with mantraps, plus CCTV coverage of the cages. Please send a proposal by the end of this month; budget is approved.",
  "SQL","P2","fit B: data centres are not a target industry (one weak; 120 staff, Mexico, two services fit); Head of = director: decision maker; proposal this month, approved budget: HIGH -> SQL P2")
L("n025","es","job-seeker","Juan Carlos Pérez Olvera","jcperez.tecnico@gmail.com","Técnico instalador CCTV",None,None,"Naucalpan, México",None,
  "Buenas tardes, soy técnico instalador de CCTV y control de acceso con 5 años de experiencia (Hikvision, ZKTeco, cableado estructurado). Me interesa trabajar con ustedes, adjunto mi CV. Disponibilidad inmediata.",
  "DISQUALIFIED","P4","job seeker (CV); 'disponibilidad inmediata' is about himself, not a need -> §6 rule 1")
L("n026","es","job-seeker","Brenda Hdz","brendahdz.0291@hotmail.com",None,None,None,"Ecatepec, México",None,
  "hola buenas noches k requisitos piden para monitorista? tengo experiencia en cabina de monitoreo turno nocturno, les dejo mi wats",
  "DISQUALIFIED","P4","job seeker (asks for a monitoring-operator job) -> §6 rule 1")
L("n027","en","vendor-pitch","Kevin Zhou","kevin.zhou@thermovisiontech.cn","Overseas Sales Manager","ThermoVision Technology Co.","Electronics manufacturing","Shenzhen, China",400,
  "Dear partner, we are the OEM factory of thermal and bi-spectrum cameras with NDAA-compliant models. We offer integrator pricing and free samples for your projects in Mexico. May I send you our 2025 catalog?",
  "DISQUALIFIED","P4","a camera manufacturer selling to the seller (vendor); 'dear partner' does not make it a buyer -> §6 rule 1")
L("n028","es","vendor-pitch","Daniela Ríos","daniela@leadsmxagencia.com","Ejecutiva de Cuenta","Leads MX Agencia Digital","Marketing","Ciudad de México, México",25,
  "¡Hola equipo de VigíaMX! Vi que no están pautando en Google para 'cámaras de seguridad para empresas'. Nosotros llenamos la agenda de integradores como ustedes con citas calificadas. ¿Les late una llamada de 15 minutos?",
  "DISQUALIFIED","P4","a marketing agency selling to the seller -> §6 rule 1")
L("n029","pt","partner","Rafael Monteiro","rafael.monteiro@olhovivovms.com.br","Diretor de Expansão LATAM","OlhoVivo VMS","Software","Campinas, Brasil",70,
  "Olá! Desenvolvemos uma plataforma de gestão de vídeo em nuvem e estamos buscando integradores parceiros no México para revender e instalar. Oferecemos margem de 30% e treinamento. Topam uma conversa?",
  "DISQUALIFIED","P4","a software maker recruiting the seller as a reseller (partnership), not buying -> §6 rule 1")
L("n030","en","partner","Tyler Brooks","tbrooks@lonestarsecurityintegrators.com","Business Development Manager","Lone Star Security Integrators","Security integration","Laredo, United States",60,
  "We're a Texas integrator with several US clients opening plants in Nuevo León. Looking for a Mexican partner for mutual referrals and shared projects on a revenue-share basis. Interested?",
  "DISQUALIFIED","P4","an integrator in the same trade proposing a referral / revenue-share partnership, not buying -> §6 rule 1")
L("n031","es","competitor","Sergio Lara","slara@ojoalerta.com.mx","Analista Comercial","Ojo Alerta","Seguridad electrónica","Ciudad de México, México",150,
  "Buen día, ¿qué precio manejan por cámara al mes en el servicio de monitoreo con analítica? ¿Y cuántas sucursales tienen en monitoreo actualmente?",
  "DISQUALIFIED","P4","competitor domain (ojoalerta.com.mx is in competitorDomains) -> §6 rule 1")
L("n032","es","competitor","Ricardo Elizondo","relizondo@blindajedigitalmty.com","Director","Blindaje Digital","Seguridad electrónica","Monterrey, México",40,
  "Qué tal, nosotros también somos integradores aquí en Monterrey. Quisiera saber con qué marca de VMS trabajan y a cómo dan la póliza de mantenimiento, para comparar con lo que manejamos.",
  "DISQUALIFIED","P4","competitor by its own words (an integrator comparing prices) -> §6 rule 1")
L("n033","es","personal","Lupita Sandoval","lupita.sandoval74@yahoo.com.mx",None,None,None,"Puebla, México",None,
  "Buenas noches, anoche nos robaron la camioneta afuera de la casa y quiero poner 2 cámaras y una alarma en mi casa lo más pronto posible. Es urgente, tengo miedo por mis hijos.",
  "DISQUALIFIED","P4","private person, her own home (fit D: not a business); urgency does not change it -> §6 rule 1")
L("n034","pt","personal","Gabriela Tavares","gabi.tavares@icloud.com",None,None,None,"Ciudad de México, México",None,
  "Oi! Sou brasileira e moro num apê em Polanco. Queria instalar uma câmera pra ver a babá com meu bebê enquanto trabalho. Vocês fazem instalação residencial?",
  "DISQUALIFIED","P4","private person, a camera for her flat and her baby (fit D) -> §6 rule 1")
L("n035","pt","student","Thiago Nascimento","thiago.nascimento@alumno.unam.mx","Estudante de intercâmbio (Engenharia)",None,None,"Ciudad de México, México",None,
  "Olá, sou estudante de intercâmbio da USP na UNAM e meu TCC é sobre reconhecimento de placas veiculares. Posso fazer algumas perguntas para um engenheiro de vocês?",
  "DISQUALIFIED","P4","student, final paper (TCC) -> §6 rule 1")
L("n036","en","spam","Best Price Backlinks","offers@seo-rank-boost.xyz",None,None,None,None,None,
  "Get 500 high DA backlinks for only $49!!! First page of Google within a week, guaranteed. Limited offer, reply YES now.",
  "DISQUALIFIED","P4","spam -> §6 rule 1")
L("n037","es","vendor-pitch","Mauricio Estrada","mestrada@protegidaseguros.com.mx","Ejecutivo de Ventas Empresariales","Protegida Seguros","Seguros","Guadalajara, México",300,
  "Estimados, como integradores ustedes necesitan una póliza de responsabilidad civil que cubra daños en las instalaciones de sus clientes. Tenemos un producto pensado para empresas de seguridad electrónica. ¿Les envío una propuesta sin costo?",
  "DISQUALIFIED","P4","an insurer selling to the seller (vendor); the 'propuesta' is theirs, not a request -> §6 rule 1")
L("n038","es","too-little","Adriana Solís","asolis@transportesdelgolfo.com.mx","Gerente de Compras","Transportes del Golfo","Logística","Veracruz, México",500,
  "Buenas tardes",
  "REVIEW","P3","a greeting only: the need cannot be judged; a good profile alone does not show a need -> §6 rule 2, REVIEW P3")
L("n039","es","gibberish","xx","jjjj@kkkk.com","asdf","asdf",None,None,None,
  "jkjkjk ñlñlñl hhhh 12345",
  "DISQUALIFIED","P4","gibberish with placeholder fields (§6 rule 1: spam, test or gibberish; data quality POOR too)")

# --------------------------------------------------- agendasaude: Brazilian SaaS for dental and medical clinic chains
seller("agendasaude")
L("n040","pt","buyer","Marcelo Akira Nakamura","marcelo.nakamura@sorrisoprime.com.br","Diretor de Operações","Rede Sorriso Prime","Odontologia","São Paulo, Brasil",480,
  "Bom dia. Nosso sistema atual está fora do ar desde as 7h nas 22 unidades: recepção sem agenda, dentistas sem acesso ao prontuário e o fornecedor diz que não tem previsão. Precisamos migrar com urgência. Alguém pode me ligar hoje ainda?",
  "SQL","P1","outage now on the seller's own topic (scheduling + records) + 'com urgência' + a call today: CRITICAL; director; fit A (dental chain, 22 units, 480, Brazil, agenda + prontuário + migration) -> SQL P1",
  phone="+55 11 98812-4407")
L("n041","pt","buyer-area","Simone Carvalho","simone.carvalho@grupoclinvida.com.br","Coordenadora de Contas Médicas","Grupo ClinVida","Clínicas médicas","Belo Horizonte, Brasil",350,
  "Preciso enviar até amanhã o lote de guias da Unimed e o nosso sistema não gera o XML na versão nova do TISS. São 9 unidades e mais de 3 mil guias paradas. Vocês conseguem resolver isso com urgência? Estou disponível o dia todo.",
  "SQL","P1","'contas médicas' is the health-plan billing team, i.e. faturamento in other words: a coordinator there is a buyer-area manager (decision maker); deadline tomorrow + urgency on TISS billing: CRITICAL; fit A (medical clinics, 9 units, 350, Brazil) -> SQL P1")
L("n042","pt","buyer","Juliana Prado","juliana@odontofamiliafranquias.com.br","CEO e Fundadora","OdontoFamília Franquias","Franquias odontológicas","Ribeirão Preto, Brasil",900,
  "Oi! Temos 40 franquias e cada uma usa um sistema diferente, é impossível consolidar os números da rede. Quero padronizar agenda, prontuário e financeiro em todas. Podemos marcar uma demonstração na semana que vem?",
  "SQL","P2","fit A (dental franchise network, 40 units, Brazil, three services); CEO; a demo next week: HIGH (a meeting date, not a deadline on an incident) -> SQL P2")
L("n043","pt","buyer","Rodrigo Farias","rodrigo.farias@imagemcentropaulista.com.br","Gerente de TI","Centro de Imagem Diagnóstica Paulista","Diagnóstico por imagem","Campinas, Brasil",600,
  "Estamos substituindo o sistema de agendamento e faturamento das 7 unidades. Preciso de uma proposta comercial com o plano de migração dos dados, para decidir ainda este mês.",
  "SQL","P2","Gerente de TI = manager in technology: tech decision maker; proposal + decision this month: HIGH; fit A (diagnostic imaging, 7 units, 600, Brazil, agenda + billing + migration) -> SQL P2")
L("n044","pt","buyer-area","Patrícia Lemos","patricia.lemos@clinicasbemestar.com.br","Supervisora de Relacionamento com o Paciente","Clínicas Bem-Estar","Saúde","Recife, Brasil",220,
  "Nossas 6 clínicas têm quase 25% de faltas nas consultas. Quero automatizar a confirmação e o lembrete pelo WhatsApp e ter uma central de agendamento única. Me mandem um orçamento, por favor.",
  "SQL","P2","'relacionamento com o paciente' is atendimento ao paciente in other words and a supervisor is a manager: buyer-area decision maker; quote: HIGH; fit A (6 clinics, 220, Brazil, agenda/WhatsApp) -> SQL P2")
L("n045","pt","unusual-words","Antônio Carlos Bezerra","antonio.bezerra@odontobezerra.com.br","Proprietário","Odonto Bezerra","Odontologia","Fortaleza, Brasil",65,
  "Tenho 4 consultórios na cidade e até hoje a marcação é num caderno e a ficha do paciente é de papel, já perdi ficha de paciente antigo. E o convênio vive devolvendo as guias que a menina manda. Queria algo que resolva isso tudo, quanto fica?",
  "SQL","P2","scheduling, electronic records and health-plan billing / glosas in everyday words ('caderno', 'ficha de papel', 'convênio devolvendo guias'); 'até hoje' means still now, not a deadline; fit A (4 dental sites, 65, Brazil, three services); owner; asks the price: HIGH -> SQL P2")
L("n046","pt","small-business","Renata Figueiredo","renatafigueiredo.odonto@gmail.com","Sócia-proprietária","Clínica Sorrir Bem","Odontologia","Londrina, Brasil",18,
  "Boa noite! Tenho duas clínicas pequenas, 18 pessoas no total. Quero sair da planilha e ter agenda online com lembrete e prontuário digital. Consegue me passar valores? Queria começar ainda este mês.",
  "SQL","P2","fit B: dental, Brazil, two services; only size weak (2 clinics, 18 staff); gmail costs data quality a little, not fit; owner = C-level; prices + start this month: HIGH -> SQL P2",
  phone="(43) 99921-3370")
L("n047","pt","negation","Cláudia Siqueira","claudia.siqueira@policlinicasaolucas.com.br","Diretora Administrativa","Policlínica São Lucas","Clínicas médicas","Curitiba, Brasil",310,
  "Não temos pressa nenhuma, o contrato atual vai até o fim do ano. Mesmo assim preciso de uma proposta formal com valores de agenda, prontuário e faturamento para as 5 unidades, para levar aos sócios na reunião de conselho.",
  "SQL","P2","'não temos pressa' only rules out CRITICAL; a formal priced proposal is HIGH; directora = decision maker; fit A (medical polyclinic, 5 units, 310, Brazil, three services) -> SQL P2")
L("n048","pt","conditional","Eduardo Moreira","eduardo.moreira@clinicasintegrar.com.br","Gerente de Operações","Clínicas Integrar","Saúde","Goiânia, Brasil",140,
  "Hoje o prontuário das 3 unidades fica num servidor embaixo do balcão da recepção, sem backup decente. Se esse computador queimar, a gente perde 10 anos de histórico dos pacientes. Nunca aconteceu, mas não quero esperar acontecer. Dá para agendar uma demonstração?",
  "SQL","P2","'se esse computador queimar' is conditional and 'nunca aconteceu': no incident now, so not CRITICAL; 'hoje' describes the current setup; a demo: HIGH; operações is a buyer area, so its Gerente decides; fit A (3 units, 140, Brazil, records + migration) -> SQL P2")
L("n049","pt","influencer","Kelly Cristina dos Santos","kelly.santos@odontovip.com.br","Auxiliar Administrativa","OdontoVip Clínicas","Odontologia","Guarulhos, Brasil",120,
  "URGENTEEE o sistema de agenda travou de vez e hoje tem 60 pacientes marcados nas 3 unidades, to anotando tudo no papel. a dona pediu pra eu achar outro sistema pra ontem, me liguem por favor",
  "MQL","P3","fit A (dental, 3 units, 120, Brazil); system down now + today: CRITICAL; but an auxiliar is USER (no decision power), even when sent by the owner -> MQL P3")
L("n050","pt","influencer","Bruno Takahashi","bruno.takahashi@redemedicaamparo.com.br","Analista de Faturamento","Rede Médica Amparo","Clínicas médicas","Santo André, Brasil",400,
  "Boa tarde, meu gestor pediu três orçamentos de sistemas com módulo de faturamento TISS e recurso de glosa, para decidir no fim do mês. Pode me enviar o de vocês?",
  "MQL","P3","fit A (medical clinics, 400, Brazil, billing); quote, decision this month: HIGH; an analyst is USER even inside the faturamento buyer area -> MQL P3")
L("n051","pt","influencer","Aline Vasconcelos","aline.vasconcelos@dermaclin.com.br","Coordenadora de Marketing","DermaClin","Clínicas de dermatologia","Rio de Janeiro, Brasil",260,
  "Olá! Quero reduzir as faltas e aumentar o retorno dos pacientes das nossas 8 clínicas com lembretes e campanhas pelo WhatsApp integrados à agenda. Gostaria de uma demonstração nas próximas semanas.",
  "MQL","P3","fit A (8 clinics, 260, Brazil, agenda + WhatsApp); demo in the coming weeks: HIGH; a marketing coordinator is a manager outside technology, purchasing and the profile's buyer areas -> INFLUENCER -> MQL P3")
L("n052","pt","fit-b","Nuno Sequeira","nuno.sequeira@sorrisoatlantico.pt","Director Financeiro","Clínicas Dentárias Sorriso Atlântico","Medicina dentária","Lisboa, Portugal",200,
  "Boa tarde. Temos 10 clínicas na região de Lisboa e estamos a avaliar alternativas ao nosso software de gestão para o próximo trimestre. Por agora estamos apenas a comparar soluções.",
  "MQL","P3","fit B: a dental chain (10 clinics, 200) wanting clinic software, only the country is weak (Portugal is outside Brazil); Director = decision maker; comparing, next quarter: MEDIUM -> MQL P3")
L("n053","en","evaluating","Daniel Foster","dfoster@brightsmiledental.com.br","CEO","BrightSmile Dental Brasil","Dental clinics","São Paulo, Brazil",700,
  "We've acquired three dental groups in Brazil this year and now run 31 clinics on four different systems. We're evaluating a single platform for scheduling, charts and insurance billing and want to decide before year end. Nothing urgent.",
  "MQL","P3","fit A (31 dental clinics, 700, Brazil, three services); CEO; evaluating, decision this year, 'nothing urgent': MEDIUM -> MQL P3")
L("n054","pt","exploration","Helena Matsuda","helena.matsuda@institutoolharclaro.com.br","Sócia-diretora","Instituto Olhar Claro Oftalmologia","Oftalmologia","Campinas, Brasil",150,
  "Prezados, boa tarde. Gostaria apenas de conhecer um pouco melhor a plataforma de vocês, sem nenhum compromisso. No momento estamos satisfeitos com nosso sistema e não há previsão de troca. Agradeço desde já.",
  "NURTURE","P4","fit A (eye clinic group, 150, Brazil); a formal, polite exploration with no plan to switch: LOW -> NURTURE P4")
L("n055","pt","today-nowadays","Ricardo Antunes","ricardo.antunes@redeoralmais.com.br","Diretor Geral","Rede OralMais","Odontologia","Porto Alegre, Brasil",300,
  "hoje a gente usa três sistemas diferentes nas 12 unidades e ninguém se entende. Não dá pra mexer nisso agora, quem sabe no ano que vem. Me manda um material pra eu ir lendo.",
  "NURTURE","P4","'hoje' means nowadays (the current mess), not a deadline; maybe next year, material only: LOW; fit A -> NURTURE P4")
L("n056","pt","today-deadline","Mônica Albuquerque","monica.albuquerque@popularsaudemais.com.br","Diretora Executiva","Clínica Popular Saúde+","Clínicas populares","Salvador, Brasil",280,
  "Nosso contrato com o sistema atual termina hoje à meia-noite, eles não renovaram e a partir de amanhã as 5 unidades ficam sem agenda e sem prontuário. Preciso de uma solução hoje, por favor me liguem.",
  "SQL","P1","a real deadline today (the current system stops at midnight) on the seller's own topic: CRITICAL; Diretora = decision maker; fit A (5 clinics, 280, Brazil) -> SQL P1")
L("n057","pt","other-urgency","Sandra Pimentel","sandra.pimentel@odontoclinicavale.com.br","Gerente Administrativa","OdontoClínica Vale","Odontologia","São José dos Campos, Brasil",130,
  "Esta semana a vigilância sanitária vem vistoriar a central de esterilização e estou correndo com autoclave, laudos e reforma. Sistema novo agora nem pensar, talvez no ano que vem. Se puder, me manda só um folder.",
  "NURTURE","P4","the deadline this week is a health inspection of the sterilisation room, not the seller's topic; software maybe next year, leaflet only: LOW -> NURTURE P4")
L("n058","pt","past-incident","Gustavo Lins","gustavo.lins@grupocuidar.com.br","Diretor de Tecnologia","Grupo Cuidar Clínicas","Saúde","Recife, Brasil",500,
  "Ano passado tivemos um vazamento de dados de pacientes e trocamos de sistema logo depois. Está tudo estável desde então. Não estamos procurando nada, só queria assinar a newsletter de vocês sobre LGPD.",
  "NURTURE","P4","a past data leak, fixed since with another system; nothing sought, newsletter only: LOW; fit A, director -> NURTURE P4")
L("n059","es","fit-c","Lorena Benítez","lorena.benitez@odontobenitez.com.py","Directora","Consultorio Odontológico Benítez","Odontología","Asunción, Paraguay",8,
  "Hola, tengo un consultorio con 8 personas y necesito urgente un sistema de agenda y fichas porque el mío dejó de funcionar ayer. ¿Funciona en Paraguay? ¿Cuánto sale?",
  "NURTURE","P4","fit C: Paraguay is outside Brazil and 8 staff is small (two weak; dental and the need fit); CRITICAL urgency and a director do not lift fit C -> NURTURE P4")
L("n060","pt","fit-c","Carla Boechat","carla@petvidaclinica.com.br","Proprietária","PetVida Clínica Veterinária","Veterinária","Niterói, Brasil",12,
  "Oi, vocês atendem clínica veterinária? Tenho uma clínica com 12 funcionários e queria agenda online e prontuário dos pets. Pode me mandar um orçamento?",
  "NURTURE","P4","fit C: veterinary care is outside the human dental/medical targets and 12 staff is small (two weak), though in Brazil and asking for two services; a quote does not lift fit C -> NURTURE P4")
L("n061","pt","fit-d","Nzinga Domingos","nzinga.beleza@hotmail.com","Dona","Salão Nzinga Beleza","Salão de beleza","Luanda, Angola",3,
  "Bom dia, tenho um salão com 3 cabeleireiras e queria um app pra marcar as clientes. Funciona em Angola?",
  "DISQUALIFIED","P4","fit D: a 3-person beauty salon in Angola: industry outside the targets, micro size, country outside Brazil (three weak; only scheduling fits) -> DISQUALIFIED (§6 rule 1)")
L("n062","en","buyer","Sofia Lindqvist","sofia.lindqvist@vitaimagem.com.br","Head of Digital","Vita Imagem Diagnósticos","Diagnostic imaging","São Paulo, Brazil",1100,
  "Hello, we run 15 imaging centres in São Paulo state. Our patient scheduling and TISS billing live in separate tools and glosas are hurting cash flow. Could we get a demo and a price proposal within the next few weeks?",
  "SQL","P2","fit A (diagnostic imaging, 15 centres, 1100, Brazil, scheduling + billing); Head of = director: decision maker; demo + pricing in the coming weeks: HIGH -> SQL P2")
L("n063","es","buyer-area","Martín Acosta","martin.acosta@dentalprimebrasil.com.br","Gerente de Operaciones","Dental Prime Brasil","Odontología","São Paulo, Brasil",420,
  "Hola, escribo en español porque soy argentino, disculpen. Manejo la operación de 12 clínicas odontológicas en São Paulo y necesitamos cotización del módulo de convenios (TISS y glosas) integrado a la agenda. ¿Me la pueden mandar en las próximas semanas?",
  "SQL","P2","operações is a buyer area (here in Spanish, 'operaciones'), so this Gerente is a decision maker; quote in the coming weeks: HIGH; fit A (12 dental clinics, 420, Brazil, billing + agenda) -> SQL P2")
L("n064","pt","job-seeker","Lucas Ferreira","lucasferreira.dev@outlook.com","Desenvolvedor Java Júnior",None,"Tecnologia","Belo Horizonte, Brasil",None,
  "Olá, vi no LinkedIn que a AgendaSaúde está crescendo e gostaria de fazer parte do time de desenvolvimento. Tenho 1 ano de experiência com Java e Spring. Segue meu currículo em anexo.",
  "DISQUALIFIED","P4","job seeker (CV) -> §6 rule 1")
L("n065","pt","job-seeker","Vanessa Rocha","vanessarocha.faturamento@gmail.com","Faturista hospitalar",None,"Saúde","São Paulo, Brasil",None,
  "Boa tarde! Trabalho há 8 anos com faturamento de convênios e TISS. Vocês contratam analista de implantação? Tenho interesse em migrar para a área de software. Posso enviar CV?",
  "DISQUALIFIED","P4","job seeker; her billing vocabulary is her experience, not a need -> §6 rule 1")
L("n066","pt","vendor-pitch","Henrique Duarte","henrique.duarte@nuvemsegurahost.com.br","Executivo de Contas","NuvemSegura Data Center","Infraestrutura de TI","São Paulo, Brasil",200,
  "Olá, tudo bem? Hospedamos softwares de saúde em data center com ISO 27001 e adequação à LGPD, com preço até 30% menor que as nuvens públicas. Faz sentido conversarmos sobre a infraestrutura da AgendaSaúde?",
  "DISQUALIFIED","P4","a hosting provider selling to the seller (vendor) -> §6 rule 1")
L("n067","pt","vendor-pitch","Bia Camargo","bia@sorrisoinfluencia.com.br","Fundadora","Sorriso Influência","Marketing digital","Florianópolis, Brasil",8,
  "Oii! Tenho uma rede de 300 dentistas influenciadores no Instagram. Que tal uma campanha com eles divulgando a AgendaSaúde? Te mando o mídia kit 😉",
  "DISQUALIFIED","P4","an influencer-marketing agency selling to the seller -> §6 rule 1")
L("n068","en","vendor-pitch","Arjun Mehta","arjun.mehta@codeforgeoffshore.in","Business Development Executive","CodeForge Offshore","Software services","Pune, India",350,
  "Hello, we provide dedicated React Native and Node.js developers from $18/hour for healthtech platforms, with HIPAA project experience. Can I share a few profiles for your roadmap?",
  "DISQUALIFIED","P4","an outsourcing firm selling developers to the seller -> §6 rule 1")
L("n069","pt","partner","Paulo Sérgio Rangel","paulo@rangelconsultoriaodonto.com.br","Consultor","Rangel Consultoria Odontológica","Consultoria","Campo Grande, Brasil",4,
  "Presto consultoria de gestão para uns 40 consultórios no MS e queria ser revendedor de vocês, com comissão sobre as assinaturas. Como funciona o programa de parceiros?",
  "DISQUALIFIED","P4","a consultant asking to resell for commission (partnership), not buying -> §6 rule 1")
L("n070","pt","competitor","Fabiana Moura","fabiana.moura@odontix.com.br","Analista de Produto","Odontix","Software","Curitiba, Brasil",90,
  "Olá, o agendamento online de vocês usa a API oficial do WhatsApp ou não oficial? E o preço é por cadeira ou por profissional?",
  "DISQUALIFIED","P4","competitor domain (odontix.com.br) -> §6 rule 1")
L("n071","pt","competitor","Diego Martins","diego.martins@prontomedsistemas.com.br","Gerente Comercial","ProntoMed Sistemas","Software para saúde","Florianópolis, Brasil",60,
  "Trabalho num software de gestão para clínicas aqui em Floripa e estou montando um comparativo do mercado. Pode me mandar a tabela de planos e quantas clínicas usam o sistema de vocês?",
  "DISQUALIFIED","P4","competitor by its own words (same product, building a market comparison) -> §6 rule 1")
L("n072","pt","personal","Maria José Souza","mariajose.souza1960@bol.com.br",None,None,None,"Niterói, Brasil",None,
  "Boa tarde, não consigo remarcar a consulta do meu marido na clínica que usa o sistema de vocês, o link não abre e ele precisa fazer o exame ainda hoje. Me ajudem por favor!",
  "DISQUALIFIED","P4","a patient's wife (private person) about her husband's appointment; the 'hoje' urgency is personal -> §6 rule 1 (fit D)")
L("n073","pt","personal","Roberto Farias","robertofarias77@gmail.com",None,None,None,"Campinas, Brasil",None,
  "Quero que apaguem todos os meus dados. Fui paciente de uma clínica que usa o AgendaSaúde e continuo recebendo mensagem de lembrete no zap.",
  "DISQUALIFIED","P4","a private person asking for his own data to be deleted, not a buyer -> §6 rule 1 (fit D)")
L("n074","pt","student","Isabela Cunha","isabela.cunha@usp.br","Mestranda em Saúde Coletiva",None,None,"São Paulo, Brasil",None,
  "Olá! Minha dissertação de mestrado é sobre adoção de prontuário eletrônico em clínicas odontológicas. Vocês poderiam responder um questionário de 10 minutos?",
  "DISQUALIFIED","P4","student (master's dissertation) -> §6 rule 1")
L("n075","pt","spam","Crédito Fácil","atendimento@creditoaprovadoja.online",None,None,None,None,None,
  "💰 EMPRÉSTIMO CONSIGNADO APROVADO NA HORA, mesmo negativado! Chama no zap e libere até R$ 50 mil hoje 👉",
  "DISQUALIFIED","P4","spam -> §6 rule 1")
L("n076","pt","job-seeker","Gabriel Moraes","gabriel.moraes.adm@gmail.com","Estudante de Administração",None,None,"São Paulo, Brasil",None,
  "Oi, tudo bem? Estou no 6º semestre de Administração e procuro estágio em Customer Success ou atendimento. Vocês têm vaga aberta?",
  "DISQUALIFIED","P4","internship applicant (job seeker; also a student) -> §6 rule 1")
L("n077","pt","too-little","Camila Rezende","camila.rezende@redesaudetotal.com.br","Diretora de Operações","Rede Clínica Saúde Total","Clínicas médicas","Brasília, Brasil",600,
  "N/A",
  "REVIEW","P3","'N/A' is a placeholder with no content; nothing else shows a need -> §6 rule 2, REVIEW P3")
L("n078","pt","too-little","Felipe Arruda","felipe.arruda@odontoexcellence.com.br","Gerente de Faturamento","OdontoExcellence","Odontologia","Vitória, Brasil",180,
  "🙂",
  "REVIEW","P3","an emoji only: the need cannot be judged -> §6 rule 2, REVIEW P3")

# -------------------------------------------------- agrodronco: Colombian agricultural drone and precision spraying
seller("agrodronco")
L("n079","es","buyer-area","Wilson Palacios","wpalacios@bananerasdelatrato.com.co","Jefe de Sanidad Vegetal","Bananeras del Atrato S.A.S.","Banano de exportación","Apartadó, Colombia",900,
  "Buenos días. Tenemos un brote fuerte de sigatoka negra en 400 hectáreas y la avioneta de la cooperativa está en mantenimiento hasta el otro mes. Necesitamos aplicar fungicida con drones de inmediato, a más tardar esta semana. ¿Tienen equipos disponibles en Urabá?",
  "SQL","P1","fit A (banana, 900, Colombia, spraying); Jefe de Sanidad Vegetal = manager in a buyer area (decision maker); outbreak now + 'de inmediato' + this week: CRITICAL -> SQL P1",
  phone="+57 314 702 5519")
L("n080","es","buyer-area","Yamile Ortiz","yortiz@palmasdelariari.com.co","Jefe de Fitosanidad","Palmas del Ariari S.A.","Palma de aceite","Granada, Meta, Colombia",650,
  "Qué pena con ustedes, les escribo de afán: nos apareció un foco de Pestalotiopsis en tres lotes y el gusano sigue avanzando. Necesitamos hacer la aplicación mañana mismo porque después entran las lluvias. ¿Me pueden confirmar hoy si tienen dron y piloto?",
  "SQL","P1","'fitosanidad' is sanidad vegetal in other words, so this Jefe is a buyer-area decision maker; application tomorrow, answer today: CRITICAL; fit A (palm, 650, Colombia, spraying) -> SQL P1")
L("n081","es","buyer","Hernando Vargas","hvargas@arrocerasdeltolima.com.co","Gerente General","Arroceras del Tolima S.A.","Arroz","Ibagué, Colombia",300,
  "Buenas tardes. Manejamos 3.000 hectáreas de arroz en el Tolima y queremos probar la fertilización con dron en los lotes que se inundan, donde no entra el tractor. Envíenme cotización por hectárea para arrancar este mes.",
  "SQL","P2","fit A (rice, 3,000 ha, 300, Colombia, aerial fertilisation); Gerente General = C-level; quote, start this month: HIGH -> SQL P2")
L("n082","es","buyer-area","Diana Marcela Quintero","dquintero@ingeniolaesperanza.com.co","Coordinadora de Labores de Campo","Ingenio La Esperanza S.A.","Caña de azúcar","Palmira, Colombia",1800,
  "Estamos por iniciar la aplicación de madurante en 1.200 hectáreas de caña y queremos hacerla con drones en vez de avioneta, por las quejas de los vecinos. Les pido una propuesta técnica y económica en las próximas dos semanas.",
  "SQL","P2","'labores de campo' is operaciones de campo in other words; a coordinator is a manager: buyer-area decision maker; proposal within two weeks: HIGH; fit A (sugar cane, 1800, Colombia) -> SQL P2")
L("n083","es","unusual-words","Aurelio Restrepo","aurelio.restrepo@aguacateselucero.com","Dueño","Aguacates El Lucero","Agricultura - aguacate Hass","Sonsón, Antioquia, Colombia",80,
  "Buenas, tengo 350 hectáreas de aguacate en loma muy parada. Los muchachos con la bomba de espalda se demoran casi un mes en echarle el remedio a todo y ya dos se me han intoxicado. Quiero saber si eso que vuela lo puede hacer y cuánto me cobran por hectárea, para empezar este mes.",
  "SQL","P2","drone spraying asked in everyday words ('eso que vuela', 'echarle el remedio'); fit A (avocado, 350 ha, 80 staff, Colombia); owner; price to start this month: HIGH -> SQL P2")
L("n084","es","small-business","Luis Eduardo Cuéllar","cafelavereda.huila@hotmail.com","Propietario","Finca Cafetera La Vereda","Café","Pitalito, Huila, Colombia",25,
  "buen dia, tengo una finca de cafe de 60 hectareas en pitalito con 25 trabajadores. quiero fumigar contra la broca en la proxima floracion y me gustaria cotizar el servicio con drone este mes, me pueden llamar al celular",
  "SQL","P2","fit B: coffee, Colombia, spraying; only size weak (60 ha, 25 staff, under 200 ha / 50 staff); hotmail lowers data quality a little; owner; quote this month: HIGH -> SQL P2",
  phone="318 455 9021")
L("n085","es","negation","Camilo Andrés Reyes","creyes@agropecuariaelvergel.com.co","Gerente Agrícola","Agropecuaria El Vergel","Arroz y maíz","Aguazul, Casanare, Colombia",220,
  "Esto no es de afán, les aclaro. Pero sí necesito una cotización formal del mapeo multiespectral para 2.500 hectáreas, porque la junta la quiere revisar en su próxima sesión.",
  "SQL","P2","'no es de afán' only rules out CRITICAL; a formal quote is HIGH; 'Gerente Agrícola' manages farming, i.e. the producción agrícola buyer area: decision maker; fit A (2,500 ha, 220, Colombia, mapping) -> SQL P2")
L("n086","es","conditional","Jorge Iván Salcedo","jsalcedo@oleaginosasdelcesar.com.co","Director de Producción","Oleaginosas del Cesar S.A.","Palma de aceite","Agustín Codazzi, Cesar, Colombia",500,
  "Si este invierno se inundan los lotes bajos como en 2022, no vamos a poder entrar con tractor a fertilizar y se nos cae la producción. Por ahora todo está seco, pero queremos tener el plan listo con fertilización aérea. ¿Nos envían una propuesta este mes?",
  "SQL","P2","'si se inundan' is conditional and 'por ahora todo está seco': no incident now, not CRITICAL; proposal this month: HIGH; director; fit A (palm, 500, Colombia, aerial fertilisation) -> SQL P2")
L("n087","es","influencer","Yeison Mosquera","ymosquera@agricolanuevacolonia.com.co","Ingeniero Agrónomo","Agrícola Nueva Colonia S.A.","Banano","Turbo, Antioquia, Colombia",450,
  "Urgente por favor, tenemos ataque de Ceramidia en 150 hectáreas y hay que aplicar ya. Mi jefe está de vacaciones pero me dijo que consiguiera quién nos haga la aplicación esta semana.",
  "MQL","P3","fit A (banana, 450, Colombia, spraying); pest attack now + 'ya' + this week: CRITICAL; an agronomist engineer is TECHNICAL -> INFLUENCER -> MQL P3")
L("n088","en","influencer","Sara Liliana Ospina","sospina@agropalmaholdings.com","Executive Assistant to the CEO","AgroPalma Holdings","Palm oil","Villavicencio, Colombia",1200,
  "Good morning, our CEO asked me to request quotes for drone crop monitoring (NDVI maps) over our four plantations in Meta this month. Could you send yours to this email? Thank you.",
  "MQL","P3","fit A (palm, 4 plantations, 1200, Colombia, monitoring); quotes this month: HIGH; an assistant is USER even for the CEO -> MQL P3")
L("n089","es","influencer","Natalia Cifuentes","ncifuentes@floresdelaguila.com.co","Jefe de Certificaciones","Flores del Águila C.I.","Floricultura","Rionegro, Antioquia, Colombia",700,
  "Para la auditoría de Rainforest del próximo mes necesitamos registros georreferenciados de cada aplicación en los cultivos de hortensia a campo abierto. ¿Me pueden enviar una cotización del servicio con reportes?",
  "MQL","P3","fit A (flowers, 700, Colombia, spraying + traceability reports); quote: HIGH; certificaciones is not a buyer area (producción agrícola, sanidad vegetal, operaciones de campo), technology or purchasing -> INFLUENCER -> MQL P3")
L("n090","en","evaluating","Andrew McAllister","amcallister@andeanforestry.com.co","Technical Director","Andean Forestry Colombia","Forestry","Puerto López, Meta, Colombia",350,
  "We manage 12,000 ha of pine and eucalyptus plantations. We're evaluating drone-based herbicide application and canopy health mapping against our current ground crews, with a decision planned for next quarter.",
  "MQL","P3","fit A (forestry, 12,000 ha, Colombia, spraying + mapping); director; evaluating, next quarter: MEDIUM -> MQL P3")
L("n091","pt","evaluating","Fábio Guimarães","fguimaraes@azucareraandina.com.co","Diretor de Agronomia","Azucarera Andina S.A.","Caña de azúcar","Cali, Colombia",1500,
  "Olá, sou brasileiro e dirijo a área agronômica de uma usina no Valle del Cauca. Estamos avaliando, para este ano, trocar parte da aplicação aérea por drones e queremos comparar prestadores locais. Nada decidido ainda.",
  "MQL","P3","fit A (sugar cane, 1500, Colombia, spraying); director; evaluating this year, comparing: MEDIUM -> MQL P3")
L("n092","es","exploration","María Victoria Escobar","mvescobar@floresdelasabana.com.co","Gerente General","Flores de la Sabana S.A.S.","Floricultura","Madrid, Cundinamarca, Colombia",500,
  "Muy buenas tardes. Quisiéramos, sin ningún compromiso, conocer cómo funciona el monitoreo con drones en cultivos de flores al aire libre. Por ahora no tenemos nada planeado; les agradecería el material que puedan compartir.",
  "NURTURE","P4","fit A (flowers, 500, Colombia); polite exploration, nothing planned, material only: LOW -> NURTURE P4")
L("n093","es","today-nowadays","Rodrigo Perdomo","rperdomo@palmeraselroble.com.co","Director de Operaciones","Palmeras El Roble","Palma de aceite","Tumaco, Nariño, Colombia",400,
  "Hoy por hoy fumigamos todo con cuadrillas y bomba de motor, y nos funciona. A futuro nos gustaría mirar lo de los drones, pero no hay fecha ni presupuesto. Quedo atento a su información.",
  "NURTURE","P4","'hoy por hoy' means nowadays, not a deadline; 'a futuro', no date or budget: LOW; fit A -> NURTURE P4")
L("n094","es","today-deadline","Fabián Ruiz","fruiz@citricosdelllano.com.co","Jefe de Producción Agrícola","Cítricos del Llano S.A.S.","Cítricos","Villavicencio, Colombia",260,
  "Necesitamos aplicar hoy mismo fungicida en 80 hectáreas de limón antes del aguacero que anuncian para la noche; el tractor se varó y no llega el repuesto. ¿Tienen un dron disponible hoy en Villavicencio?",
  "SQL","P1","a real same-day deadline on the seller's own service (spraying today before the rain): CRITICAL; Jefe de Producción Agrícola = buyer-area manager; fit A (citrus, 260, Colombia) -> SQL P1")
L("n095","es","other-urgency","Álvaro Mejía","amejia@bananeraslavictoria.com.co","Gerente General","Bananeras La Victoria","Banano","Ciénaga, Magdalena, Colombia",600,
  "Ahorita tenemos paro de los trabajadores de la empacadora y no hemos podido embarcar en toda la semana, estoy en reuniones todo el día. Lo de los drones lo miramos el próximo año; por favor no me llamen, mándenme la información al correo.",
  "NURTURE","P4","the 'paro' is a packing-house strike, not the seller's topic; drones next year, information by email only: LOW -> NURTURE P4")
L("n096","en","past-incident","Robert Jansen","rjansen@caribbeanbananaexport.com","COO","Caribbean Banana Export Colombia","Banana","Santa Marta, Colombia",800,
  "Two seasons ago a contractor's aerial spray drifted onto a neighbouring school and we were fined. We switched contractors and tightened buffer zones; no issues since. Not looking for anything now; a newsletter now and then would be fine.",
  "NURTURE","P4","a past drift incident, fixed since; nothing sought, newsletter only: LOW; fit A, C-level -> NURTURE P4")
L("n097","es","fit-c","Segundo Huamán","shuaman@agrohuaman.pe","Gerente","Agro Huamán E.I.R.L.","Agricultura","Piura, Perú",15,
  "Buenas, tengo 40 hectáreas de mango en Piura y necesito fumigar urgente por la mosca de la fruta. ¿Ustedes viajan a Perú? ¿Cuánto cobran?",
  "NURTURE","P4","fit C: Peru is outside Colombia and 40 ha / 15 staff is small (two weak; agriculture and the need fit); urgency does not lift fit C -> NURTURE P4")
L("n098","pt","fit-c","Valdir Schmitt","valdir.schmitt@fazendaschmitt.com.br","Produtor rural","Fazenda Schmitt","Soja","Sorriso, Mato Grosso, Brasil",10,
  "Bom dia, tenho 150 hectares de soja e queria orçamento de pulverização com drone para a próxima safra. Vocês atendem no Mato Grosso?",
  "NURTURE","P4","fit C: Brazil is outside Colombia and 150 ha / 10 staff is small (two weak; agriculture and the need fit) -> NURTURE P4")
L("n099","pt","buyer","Ricardo Bortolini","ricardo.bortolini@orinocoagro.com.co","Diretor Agrícola","Orinoco Agro S.A.S.","Soja e milho","Puerto Gaitán, Meta, Colombia",250,
  "Boa tarde. Somos um grupo brasileiro com 8 mil hectares de soja e milho na altillanura. Queremos contratar pulverização com drones nas bordaduras e mapeamento NDVI do plantio. Podem mandar uma proposta nas próximas semanas?",
  "SQL","P2","fit A (8,000 ha in Colombia, 250, spraying + mapping); director; proposal in the coming weeks: HIGH -> SQL P2")
L("n100","pt","fit-b","Luana Moreira","luana.moreira@palmasdelpacifico.com.ec","Gerente de Compras","Palmas del Pacífico Ecuador","Palma de aceite","Esmeraldas, Ecuador",700,
  "Olá, sou brasileira e cuido das compras de uma empresa de palma no Equador, perto da fronteira com a Colômbia. Estamos avaliando contratar aplicação com drones no próximo trimestre; por enquanto só comparando prestadores.",
  "MQL","P3","fit B: palm, 700, spraying, only the country is weak (Ecuador is outside Colombia); a purchasing manager is a business decision maker; evaluating, next quarter: MEDIUM -> MQL P3")
L("n101","en","buyer","Emily Carter","ecarter@andeshassexports.com","Agricultural Operations Director","Andes Hass Exports","Avocado","Pereira, Colombia",400,
  "Hi, we farm 900 ha of Hass avocado across Risaralda and Caldas. We'd like monthly multispectral flights for early pest detection plus targeted spraying. Please send a quote; we want to sign before the end of the month.",
  "SQL","P2","fit A (avocado, 900 ha, 400, Colombia, monitoring + spraying); director; quote, signing this month: HIGH -> SQL P2")
L("n102","en","fit-d","Marco Delgado","mdelgado@bocasgolfclub.com","Course Superintendent","Bocas Golf Club","Golf / Recreation","Bocas del Toro, Panama",12,
  "Hi, do you spray fairways by drone? Our golf course is small and we'd only want one fungicide application. Do you travel to Panama?",
  "DISQUALIFIED","P4","fit D: a small golf course in Panama: recreation is outside the agricultural targets, small size, country outside Colombia (three weak; only spraying fits) -> DISQUALIFIED (§6 rule 1)")
L("n103","es","job-seeker","Cristian Camilo Mora","cristianmora.dron@gmail.com","Piloto de drones certificado UAEAC",None,None,"Neiva, Colombia",None,
  "Buenas tardes, soy piloto de drones con licencia y 2 años volando equipos de aspersión en arroz. Estoy buscando trabajo y me puedo mover a cualquier zona del país. Les envío la hoja de vida.",
  "DISQUALIFIED","P4","job seeker (hoja de vida = CV) -> §6 rule 1")
L("n104","pt","job-seeker","Thaís Oliveira","thais.oliveira.agro@gmail.com","Engenheira Agrônoma",None,None,"Bogotá, Colombia",None,
  "Olá! Sou engenheira agrônoma brasileira, acabei de me mudar para Bogotá com meu marido e procuro oportunidade na área de agricultura de precisão. Falo espanhol. Posso mandar meu currículo?",
  "DISQUALIFIED","P4","job seeker -> §6 rule 1")
L("n105","es","vendor-pitch","Andrés Felipe Castaño","acastano@dronestecnicoscolombia.com","Asesor Comercial","Drones Técnicos de Colombia","Distribución de equipos","Medellín, Colombia",30,
  "Buen día, somos distribuidores autorizados de drones de aspersión y tenemos el modelo nuevo de 40 litros con 15% de descuento para empresas de servicio como la suya. ¿Le puedo agendar una demostración en campo?",
  "DISQUALIFIED","P4","an equipment dealer selling drones to the seller; the demo is theirs -> §6 rule 1")
L("n106","en","vendor-pitch","Hannah Becker","hannah@flightlogpro.io","Account Executive","FlightLog Pro","Software","Berlin, Germany",45,
  "Hey there! Keeping pilot logs, battery cycles and spray records straight across a drone fleet gets messy fast. FlightLog Pro automates it for ag-drone operators. Worth a 20-minute demo?",
  "DISQUALIFIED","P4","a software vendor pitching to the seller -> §6 rule 1")
L("n107","en","partner","Jason Whitaker","jwhitaker@skyharvestdrones.com","VP Business Development","SkyHarvest Drones","Agricultural drones","Fresno, United States",120,
  "We're an ag-drone services company expanding into Latin America and looking for a local partner in Colombia to operate under a joint brand, with revenue share on every hectare. Open to a conversation?",
  "DISQUALIFIED","P4","a company in the same trade proposing a joint-brand partnership, not buying -> §6 rule 1")
L("n108","pt","partner","Marcos Tavares","marcos.tavares@pulverizabrasil.com.br","Diretor de Franquias","Pulveriza Brasil Franquias","Serviços agrícolas","Londrina, Brasil",50,
  "Olá, temos uma rede de franquias de pulverização com drones no Brasil e queremos converter empresas do setor na Colômbia para a nossa marca. Vocês teriam interesse em ser nosso master franqueado?",
  "DISQUALIFIED","P4","a franchisor recruiting the seller (partnership / selling a franchise), not buying -> §6 rule 1")
L("n109","es","competitor","Julián Herrera","jherrera@fumidron.com.co","Coordinador Comercial","Fumidron","Servicios agrícolas","Bogotá, Colombia",40,
  "Hola, ¿cuál es su tarifa por hectárea para aspersión en palma y qué modelo de dron usan? Gracias.",
  "DISQUALIFIED","P4","competitor domain (fumidron.com.co) -> §6 rule 1")
L("n110","es","competitor","Edwin Rojas","edwin.rojas@aerollanos.com","Socio","AeroLlanos Servicios Agrícolas","Aspersión con drones","Yopal, Colombia",20,
  "Quiubo, nosotros también hacemos aspersión con drones aquí en Casanare. Quería saber a cómo están cobrando en arroz y si subcontratan pilotos, para cuadrar precios en la zona.",
  "DISQUALIFIED","P4","competitor by its own words (same service, comparing prices) -> §6 rule 1")
L("n111","es","personal","Gloria Inés Patiño","gloriapatino58@hotmail.com",None,None,None,"Chía, Colombia",None,
  "Buenas tardes, en la casa de mi mamá tenemos unos naranjos y un limonero y se llenaron de hormiga arriera. ¿Ustedes van a casas? Es que ella ya está viejita y no puede fumigar.",
  "DISQUALIFIED","P4","private person, her mother's garden (fit D) -> §6 rule 1")
L("n112","es","personal","Hernán Darío Gil","hernangil.quindio@gmail.com",None,None,None,"La Tebaida, Quindío, Colombia",None,
  "Señores, ayer un dron pasó por encima de mi casa fumigando el cultivo del vecino y me cayó el veneno en la huerta y en el tanque del agua. Quiero saber quién responde. Es urgente, tengo niños.",
  "DISQUALIFIED","P4","a private person's complaint about his home; not a buyer, the urgency is personal -> §6 rule 1 (fit D)")
L("n113","en","student","Pieter van Dijk","pieter.vandijk@wur.nl","MSc student, Precision Agriculture",None,None,"Wageningen, Netherlands",None,
  "Hello! For my MSc thesis on drone spray drift in tropical crops I'm looking for field data. Would you be willing to share some application logs or let me join a flight?",
  "DISQUALIFIED","P4","student, thesis -> §6 rule 1")
L("n114","es","spam","Premio Colombia","ganador@premios-colombia-ya.click",None,None,None,None,None,
  "FELICITACIONES!!! Usted fue seleccionado para recibir un celular de última gama. Reclame su premio hoy ingresando sus datos en el enlace. Válido solo por 24 horas.",
  "DISQUALIFIED","P4","spam -> §6 rule 1")
L("n115","pt","vendor-pitch","Juliana Albuquerque","juliana.albuquerque@biocontrolenatura.com.br","Gerente de Exportação","BioControle Natura","Bioinsumos","Piracicaba, Brasil",180,
  "Olá! Produzimos bioinsumos (Trichoderma e Beauveria) já registrados no ICA e queremos que vocês usem nossos produtos nas aplicações com drone. Podemos enviar amostras e uma tabela com preço de distribuidor.",
  "DISQUALIFIED","P4","an input maker selling its products to the seller (vendor) -> §6 rule 1")
L("n116","es","too-little","Jhon Jairo Cárdenas","jcardenas@palmasdelnorte.com.co","Gerente de Producción Agrícola","Palmas del Norte S.A.","Palma de aceite","Puerto Wilches, Colombia",550,
  "Información por favor",
  "REVIEW","P3","'información por favor' has no content; a strong profile alone does not show a need -> §6 rule 2, REVIEW P3")
L("n117","es","disposable-email","Gerente Finca","compras.finca@yopmail.com","Jefe de Compras","Hacienda San Jorge","Agricultura","Montería, Colombia",120,
  "Requiero cotización de fumigación con dron para 500 hectáreas de maíz este mes.",
  "DISQUALIFIED","P4","disposable email (yopmail) -> §6 rule 1 wins before anything else, whatever the need")

# ----------------------------------------------------- mesacorp: Chilean corporate catering, staff canteens and events
seller("mesacorp")
L("n118","es","buyer-area","Carolina Vergara","cvergara@salmonesdelsur.cl","Jefa de Servicios Generales","Salmones del Sur S.A.","Procesamiento de salmón","Puerto Montt, Chile",450,
  "Buenas, el concesionario del casino se declaró en quiebra ayer y desde mañana 450 trabajadores de la planta se quedan sin colación. Necesitamos a alguien que opere el casino al tiro, aunque sea con menú fijo mientras licitamos. Por favor llámenme hoy.",
  "SQL","P1","'al tiro' (Chilean for right away) + no meals from tomorrow + call today: CRITICAL; servicios generales is a buyer area (decision maker); fit A (food processing, 450, Chile, canteen) -> SQL P1",
  phone="+56 9 8831 2290")
L("n119","es","buyer-area","Patricio Muñoz","pmunoz@montajesandinos.cl","Jefe de Recursos Humanos","Montajes Andinos SpA","Contratista minero","Calama, Chile",600,
  "Ayer la SEREMI clausuró el casino de nuestra instalación de faena por temas sanitarios y tenemos a 200 trabajadores comiendo colaciones frías. Necesitamos un servicio de alimentación esta misma semana, es urgente.",
  "SQL","P1","'recursos humanos' is gestión de personas in other words, so this Jefe is a buyer-area decision maker; closure yesterday + urgent + this week: CRITICAL; fit A (mining contractor, 600, Chile, canteen) -> SQL P1")
L("n120","es","buyer","Ignacio Larraín","ilarrain@cdlogisticapudahuel.cl","Gerente General","CD Logística Pudahuel S.A.","Logística","Pudahuel, Santiago, Chile",600,
  "Nuestro contrato de casino vence en dos meses y no lo vamos a renovar. Somos 600 personas en tres turnos, incluido turno noche. Quisiera recibir una propuesta en las próximas semanas y visitar alguno de los casinos que operan.",
  "SQL","P2","fit A (logistics, 600, Chile, canteen with night shift); C-level; proposal in the coming weeks + a visit: HIGH -> SQL P2")
L("n121","es","buyer-area","Francisca Undurraga","fundurraga@tiendascordillera.cl","Jefa de Calidad de Vida","Tiendas Cordillera S.A.","Retail","Santiago, Chile",3000,
  "¡Hola! Estamos organizando la fiesta de fin de año para unos 900 colaboradores de la casa matriz y los centros de distribución, a principios de diciembre. Necesitamos cotización de producción completa: lugar, banquetería, show y traslados. ¿Me la pueden enviar?",
  "SQL","P2","'calidad de vida' is the bienestar buyer area in other words; a Jefa is a manager: decision maker; quote request: HIGH (December is the event date); fit A (retail, 3000, Chile, events) -> SQL P2")
L("n122","es","unusual-words","Sergio Araya","saraya@frutasdelmaule.cl","Dueño","Frutas del Maule Packing","Agroindustria frutícola","Curicó, Chile",300,
  "Oiga, en temporada tengo como 300 temporeros en el packing y almuerzan sentados en el suelo con su termo. Quiero darles comida caliente en un comedor decente desde enero. ¿Me pueden venir a ver la otra semana y darme un precio?",
  "SQL","P2","a staff canteen asked in everyday words ('comida caliente en un comedor'); fit A (fruit packing, 300, Chile); owner; visit + price: HIGH -> SQL P2")
L("n123","es","small-business","Héctor Fuentealba","maestranzafuentealba@gmail.com","Dueño","Maestranza Fuentealba","Metalmecánica","Rancagua, Chile",35,
  "Buenas, tengo una maestranza con 35 maestros y los cabros almuerzan puro completo en la esquina. Quiero contratar colaciones diarias que les lleven al taller de lunes a viernes. ¿Cuánto me saldría? La idea es partir este mes.",
  "SQL","P2","fit B: metalworking (manufacturing), Chile, daily meals; only size weak (35 staff); gmail lowers data quality a little; owner; price, start this month: HIGH -> SQL P2",
  phone="9 7612 3384")
L("n124","es","negation","Verónica Sepúlveda","vsepulveda@energiasdelpacifico.cl","Directora de Administración y Finanzas","Energías del Pacífico S.A.","Energía","Las Condes, Santiago, Chile",350,
  "No corre apuro, nos cambiamos a las oficinas nuevas recién en el segundo semestre. Aun así necesito una propuesta formal de cafetería y coffee corner para 350 personas, para incluirla en el presupuesto del traslado.",
  "SQL","P2","'no corre apuro' only rules out CRITICAL; a formal proposal is HIGH; directora = decision maker; fit A (energy, 350, Chile, cafeteria) -> SQL P2")
L("n125","es","conditional","Rolando Castillo","rcastillo@mineralosandes.cl","Jefe de Servicios Generales","Minera Los Andes","Minería","Los Andes, Chile",900,
  "En invierno, si se cierra el camino por nieve, la gente de la faena puede quedar dos o tres días sin abastecimiento. No ha pasado este año, pero queremos tener un plan de contingencia con stock de alimentos y casino de respaldo. ¿Nos pueden cotizar?",
  "SQL","P2","'si se cierra el camino' is conditional and 'no ha pasado': not CRITICAL; a quote: HIGH; servicios generales is a buyer area; fit A (mining, 900, Chile, canteen + contingency) -> SQL P2")
L("n126","es","influencer","Javiera Rojas","jrojas@inversionescordillera.cl","Asistente de Gerencia","Inversiones Cordillera S.A.","Oficinas corporativas / servicios financieros","Las Condes, Santiago, Chile",300,
  "Urgente!!! mañana a las 9 tenemos directorio y el proveedor del coffee nos avisó que no puede. Son 25 personas, necesito coffee break completo. Mi jefe me pidió resolverlo hoy",
  "MQL","P3","fit A (corporate offices, 300, Chile, coffee break); tomorrow + today + urgent: CRITICAL; an assistant is USER -> MQL P3")
L("n127","es","influencer","Tomás Echeverría","techeverria@vinacolchaguareserva.cl","Gerente de Marketing","Viña Colchagua Reserva","Vitivinícola","Santa Cruz, Chile",400,
  "Queremos hacer el lanzamiento de nuestra nueva línea de espumantes para 200 invitados (clientes y prensa) el próximo mes. Necesito una propuesta de producción del evento con catering.",
  "MQL","P3","fit A (winery = agroindustry, 400, Chile, events); proposal for next month: HIGH; marketing is not a buyer area (servicios generales, gestión de personas, bienestar), technology or purchasing -> INFLUENCER -> MQL P3")
L("n128","es","influencer","Luis Cárcamo","lcarcamo@plasticosbiobio.cl","Jefe de Turno","Plásticos Biobío S.A.","Manufactura","Talcahuano, Chile",380,
  "Hola, en el turno de noche somos 90 y el casino cierra a las 22 hrs, los chiquillos se quedan sin cena. Pedí autorización para buscar una cena para el turno noche, ¿me pueden mandar una cotización este mes?",
  "MQL","P3","fit A (manufacturing, 380, Chile, night-shift meals); quote this month: HIGH; a shift lead is a manager outside the buyer areas -> INFLUENCER -> MQL P3")
L("n129","en","evaluating","Rachel Stein","rstein@clinicaaltamira.cl","Administrative Director","Clínica Altamira","Healthcare","Viña del Mar, Chile",700,
  "Hello, I'm the administrative director of a 700-staff private hospital. We're assessing whether to outsource our staff cafeteria sometime this year and are comparing a few providers. No decision yet.",
  "MQL","P3","fit A (healthcare, 700, Chile, staff canteen); director; assessing, this year: MEDIUM -> MQL P3")
L("n130","en","evaluating","Daniel Okafor","dokafor@globalminingservices.cl","HR Director","Global Mining Services Chile","Mining services","Antofagasta, Chile",1200,
  "We're moving our regional HQ into a new building next quarter and comparing food-service providers for the office cafeteria (about 350 people on site). At this stage we're just benchmarking options.",
  "MQL","P3","fit A (mining services, 1200, Chile, cafeteria); director; comparing, next quarter: MEDIUM -> MQL P3")
L("n131","es","exploration","Paula Contreras","pcontreras@laboratoriosandes.cl","Gerente de Personas","Laboratorios Andes","Farmacéutica","Ñuñoa, Santiago, Chile",500,
  "Estimados, junto con saludar, les escribo solo para conocer su oferta en alimentación y actividades para colaboradores. No tenemos un proyecto en curso; si pudieran enviarme una presentación se los agradecería mucho.",
  "NURTURE","P4","fit A (pharma manufacturing, 500, Chile); a buyer-area manager, but a polite exploration with no project, a deck only: LOW -> NURTURE P4")
L("n132","es","today-nowadays","Rodrigo Valdés","rvaldes@transportesvaldes.cl","Gerente General","Transportes Valdés y Cía.","Transporte y logística","San Bernardo, Chile",250,
  "Hoy en día los choferes y el personal del terminal almuerzan en locales cerca. Puede que el próximo año pensemos en un casino propio, pero por ahora es solo una idea.",
  "NURTURE","P4","'hoy en día' means nowadays, not a deadline; maybe next year, just an idea: LOW; fit A -> NURTURE P4")
L("n133","es","today-deadline","Andrés Bustamante","abustamante@cementoslaserena.cl","Gerente General","Cementos La Serena","Manufactura","La Serena, Chile",320,
  "Hoy a las 18:00 inauguramos la ampliación de la planta con autoridades y el banquetero nos canceló en la mañana. Necesitamos cóctel para 150 personas hoy mismo. ¿Pueden?",
  "SQL","P1","a real same-day deadline (event today 18:00) on the seller's own service (catering): CRITICAL; C-level; fit A (manufacturing, 320, Chile) -> SQL P1")
L("n134","es","other-urgency","Soledad Fuentes","sfuentes@envasesdelpacifico.cl","Directora de Operaciones","Envases del Pacífico S.A.","Manufactura","Quilicura, Santiago, Chile",420,
  "Esta semana tenemos la auditoría de recertificación ISO 9001 y estoy a full con eso. El tema del casino lo veremos más adelante, sin fecha. Por ahora mándenme solo su brochure.",
  "NURTURE","P4","the deadline this week is an ISO audit, not the seller's topic; the canteen later with no date, brochure only: LOW -> NURTURE P4")
L("n135","en","past-incident","James O'Connor","joconnor@pacificcopperservices.cl","Plant Director","Pacific Copper Services","Mining","Rancagua, Chile",500,
  "Last March we had a food-poisoning episode in the canteen with our previous caterer. We replaced them and the new provider has been fine since. We don't need anything right now, but I'd like your material on food-safety practices.",
  "NURTURE","P4","a past incident, solved with another provider; nothing needed, material only: LOW; fit A, director -> NURTURE P4")
L("n136","es","fit-c","Mariano Gutiérrez","mgutierrez@bodegalosalamos.com.ar","Socio Director","Bodega Los Álamos","Vitivinícola","Mendoza, Argentina",20,
  "Hola, ¿hacen eventos en Mendoza? Somos 20 en la bodega y queremos una cena de fin de año el 15 de diciembre, necesitaría presupuesto ya.",
  "NURTURE","P4","fit C: Argentina is outside Chile and 20 staff is small (two weak; a winery and an event fit); 'ya' and a C-level do not lift fit C -> NURTURE P4")
L("n137","pt","buyer","Fernanda Queiroz","fernanda.queiroz@tecnoembalagens.com.br","Diretora de RH","TecnoEmbalagens Chile","Embalagens / Manufatura","Quilicura, Santiago, Chile",280,
  "Olá! Somos uma indústria brasileira de embalagens e abrimos nossa planta em Quilicura. Temos 280 colaboradores e ainda não temos refeitório. Precisamos de uma proposta para operar o casino a partir do mês que vem.",
  "SQL","P2","fit A (manufacturing in Chile, 280, canteen); Diretora = director; proposal to start next month: HIGH -> SQL P2")
L("n138","pt","evaluating","Rafael Guedes","rafael.guedes@lojasprimavera.com.br","Gerente de Compras","Lojas Primavera","Varejo","Santiago, Chile",4000,
  "Boa tarde, estamos abrindo um centro de distribuição em Santiago com cerca de 400 pessoas e avaliando opções de alimentação para o segundo semestre. Ainda estamos comparando fornecedores.",
  "MQL","P3","fit A (retail DC in Chile, 400 on site, canteen); purchasing manager = business decision maker; evaluating, second half of the year: MEDIUM -> MQL P3")
L("n139","pt","exploration","Carolina Ventura","carolina.ventura@mineracaoaustral.cl","Diretora de Pessoas","Mineração Austral Chile","Mineração","Antofagasta, Chile",1500,
  "Olá, estou chegando agora na operação do Chile e só quero entender como funcionam os casinos de faena por aqui, para referência. Não temos nenhuma contratação prevista.",
  "NURTURE","P4","fit A (mining, 1500, Chile); only wants to understand the market, no hiring planned: LOW -> NURTURE P4")
L("n140","en","buyer-area","Megan Cole","mcole@andestechhub.cl","Facilities Manager","Andes Tech Hub","Technology / corporate offices","Providencia, Santiago, Chile",250,
  "Our coffee-corner and lunch provider just told us they're leaving this Friday, so 250 people will have no food service from Monday. We need a replacement urgently. Can someone call me today?",
  "SQL","P1","'facilities' is servicios generales in English, so a Facilities Manager is a buyer-area decision maker; provider leaving this Friday + urgently + call today: CRITICAL; fit A (corporate offices, 250, Chile) -> SQL P1")
L("n141","en","fit-c","Diego Salazar","dsalazar@limaexpresscourier.pe","Founder","Lima Express Courier","Logistics","Lima, Peru",15,
  "Hi! We're a 15-person courier company in Lima. Could you cater our team lunches twice a week starting next month? Send me your rates.",
  "NURTURE","P4","fit C: Peru is outside Chile and 15 staff is small (two weak; logistics and the need fit); a founder asking rates does not lift fit C -> NURTURE P4")
L("n142","es","job-seeker","Yesenia Carrasco","yesenia.carrasco88@gmail.com","Manipuladora de alimentos",None,None,"Puente Alto, Chile",None,
  "hola buenas tardes, estoy buscando pega de manipuladora de alimentos o ayudante de cocina, tengo curso y experiencia en casino de minera, disponibilidad inmediata. gracias",
  "DISQUALIFIED","P4","job seeker ('pega' = job) -> §6 rule 1")
L("n143","pt","job-seeker","Anderson Lima","chef.andersonlima@gmail.com","Chef de cozinha",None,None,"Santiago, Chile",None,
  "Olá, sou chef brasileiro com 10 anos em cozinha industrial e eventos, moro em Santiago desde o ano passado e tenho visto de trabalho. Gostaria de me candidatar a uma vaga com vocês.",
  "DISQUALIFIED","P4","job seeker -> §6 rule 1")
L("n144","es","vendor-pitch","Claudio Morales","cmorales@distribuidoralaverdura.cl","Vendedor","Distribuidora La Verdura","Distribución de alimentos","Santiago, Chile",40,
  "Buenas, somos distribuidores de frutas y verduras desde Lo Valledor con despacho diario a casinos. Les ofrecemos precios mayoristas y crédito a 30 días. ¿Con quién puedo hablar de abastecimiento?",
  "DISQUALIFIED","P4","a food supplier selling to the seller -> §6 rule 1")
L("n145","en","vendor-pitch","Olivia Grant","olivia@canteenpay.io","Sales Lead LATAM","CanteenPay","Software","Austin, United States",80,
  "Hi MesaCorp team, CanteenPay lets workers pay canteen meals with a QR badge and gives you real-time headcounts per shift. Several caterers in Peru already use it. Can I show you a quick demo?",
  "DISQUALIFIED","P4","a software vendor pitching to the seller -> §6 rule 1")
L("n146","pt","vendor-pitch","Jorge Pacheco","jorge.pacheco@inoxcozinhas.com.br","Gerente de Exportação","Inox Cozinhas Industriais","Equipamentos","Caxias do Sul, Brasil",220,
  "Prezados, fabricamos equipamentos em inox para cozinhas industriais (fornos combinados, caldeirões, balcões térmicos) e exportamos para o Chile. Gostaríamos de apresentar nosso catálogo para os próximos casinos que vocês forem montar.",
  "DISQUALIFIED","P4","an equipment maker selling to the seller -> §6 rule 1")
L("n147","pt","partner","Tatiana Brandão","tatiana@festabrasileventos.com.br","Sócia","Festa Brasil Eventos","Eventos","São Paulo, Brasil",30,
  "Olá! Somos uma produtora de eventos corporativos de São Paulo e temos clientes brasileiros que fazem eventos no Chile. Queremos uma parceria: indicamos clientes e vocês executam, com comissão para nós. Topam?",
  "DISQUALIFIED","P4","an events producer proposing a referral-for-commission partnership, not buying -> §6 rule 1")
L("n148","es","competitor","Marcela Soto","msoto@casinoandino.cl","Ejecutiva Comercial","Casino Andino","Alimentación colectiva","Santiago, Chile",800,
  "Hola, quería saber el valor por ración que están cobrando en faenas sobre 3.000 metros y si incluye el traslado del personal de cocina.",
  "DISQUALIFIED","P4","competitor domain (casinoandino.cl) -> §6 rule 1")
L("n149","en","competitor","Thomas Reid","treid@unitedfoodservicesgroup.com","Market Expansion Manager","United Food Services Group","Contract catering","London, United Kingdom",20000,
  "We're a contract caterer entering the Chilean market next year and are mapping local players. Could you share your price per meal in mining camps and your main clients?",
  "DISQUALIFIED","P4","competitor by its own words (a caterer entering Chile, asking prices and clients) -> §6 rule 1")
L("n150","es","personal","Daniela Pizarro","dani.pizarro.v@hotmail.com",None,None,None,"Maipú, Santiago, Chile",None,
  "Hola! quiero cotizar el cumpleaños de 15 de mi hija para 80 personas en octubre, con cóctel y torta. ¿Hacen eventos particulares?",
  "DISQUALIFIED","P4","private person, her daughter's birthday (fit D) -> §6 rule 1")
L("n151","pt","personal","Letícia Amaral","leticia.amaral@yahoo.com.br",None,None,None,"Porto Alegre, Brasil",None,
  "Oi! Vou casar em Valparaíso em março e queria orçamento de buffet para 60 convidados. Vocês fazem casamento?",
  "DISQUALIFIED","P4","private person, her own wedding (fit D) -> §6 rule 1")
L("n152","en","student","Sophie Martin","sophie.martin@etu.univ-lyon.fr","Exchange student, Food Engineering",None,None,"Santiago, Chile",None,
  "Hello, I'm an exchange student at Universidad de Chile writing my thesis on food waste in industrial canteens. Could I interview someone from your operations team?",
  "DISQUALIFIED","P4","student, thesis -> §6 rule 1")
L("n153","en","spam","Royal Spins","bonus@royalspins-vip.bet",None,None,None,None,None,
  "🎰 Claim 200 free spins + 500% welcome bonus today only! No deposit needed. Click here and start winning now!!!",
  "DISQUALIFIED","P4","spam (an online casino, not a staff canteen) -> §6 rule 1")
L("n154","es","vendor-pitch","Pamela Riquelme","priquelme@uniformesgastronomicos.cl","Ejecutiva de Ventas","Uniformes Gastronómicos Chile","Textil","Santiago, Chile",25,
  "Estimados, confeccionamos uniformes de cocina (chaquetas, pecheras, cofias) con bordado del logo. Para empresas de casinos tenemos precio especial por volumen. ¿Les puedo enviar muestras?",
  "DISQUALIFIED","P4","a uniform maker selling to the seller -> §6 rule 1")
L("n155","en","too-little","Andrea Walker","awalker@pacificportsterminal.cl","HR Manager","Pacific Ports Terminal","Logistics","San Antonio, Chile",700,
  "Hello",
  "REVIEW","P3","a greeting only: the need cannot be judged -> §6 rule 2, REVIEW P3")
L("n156","es","too-little","Cristóbal Herrera","cherrera@avicolaelparron.cl","Jefe de Servicios Generales","Avícola El Parrón","Agroindustria","Rancagua, Chile",1200,
  "Consulta",
  "REVIEW","P3","'consulta' (a query) with no content; a buyer-area manager at a good-fit company still states no need -> §6 rule 2, REVIEW P3")

write9("holdout9")
