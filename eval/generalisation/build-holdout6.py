#!/usr/bin/env python3
"""Writes holdout6.jsonl: a sixth, fresh generalisation holdout for three sellers nobody had used (segurocol,
limpiamx, ensinabr; profiles beside this script).

Written and labelled by /work/shared/policy.md alone (sections 1-7, buyerAreas, section 6's non-buyers) and the
conventions of the earlier sets (fit A: all four signals good; B: one weak; C: two weak; D: not a buyer), without
running the rules engine. Every lead is split `holdout6`: it is a measuring set, not a tuning set. The row builder
is the same as holdout_rows.py (copied here so the set stands alone). Run:
    python3 build-holdout6.py
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import L, write  # noqa: E402

# ------------------------------------------- segurocol: Colombian corporate insurance broker (Colombia, Panama)
L("g01","es","buyer-area","Yesid Barrios","ybarrios@transcaribecarga.com.co","Jefe de Riesgos","Transcaribe Carga S.A.S.","Logística","Barranquilla, Colombia",600,
  "Anoche se nos quemó parte de la bodega de Malambo y al revisar nos dimos cuenta que la póliza todo riesgo se venció hace tres semanas y nadie la renovó. Necesito que nos coloquen cobertura para las otras dos bodegas de inmediato, hoy mismo si se puede.",
  "SQL","P1","fit A (logistics, 600, Colombia, property cover); Jefe de Riesgos = manager in the riesgos buyer area (decision maker); fire last night + 'de inmediato' / today: CRITICAL",
  phone="+57 315 620 4471")
L("g02","en","buyer","Ricardo Arosemena","rarosemena@distribuidoraistmo.com.pa","General Manager","Distribuidora del Istmo S.A.","Retail distribution","Panama City, Panama",350,
  "Good afternoon. We distribute groceries to supermarkets across Panama with 85 delivery trucks. We want quotes for the fleet policy and for group health for our staff; the board already approved the budget and we'd like to close before month end.",
  "SQL","P2","fit A (Panama is a target, retail distribution, 350, two services); C-level; quotes with approved budget, this month: HIGH")
L("g03","en","buyer","Marta Kowalczyk","mkowalczyk@nexoservicios.com.co","CFO","Nexo Servicios Compartidos S.A.S.","Technology / BPO","Medellín, Colombia",1200,
  "Hi, I'm the CFO of a shared-services centre in Medellín (about 1,200 people, two buildings). Our property and cyber policies renew in six weeks and I'm not happy with our current broker. Could we meet next week so you can prepare a proposal?",
  "SQL","P2","fit A (technology services, 1200, Colombia, property + cyber); C-level; a meeting next week and a proposal: HIGH (renewal in six weeks is not this week)")
L("g04","es","buyer-area","Luz Dary Ocampo","ldocampo@clinicasanrafaelcali.com.co","Jefe de Talento Humano","Clínica San Rafael","Salud","Cali, Colombia",450,
  "Buenas tardes, qué pena molestarlos. Queremos darles a los 450 colaboradores de la clínica una póliza de salud colectiva como beneficio. ¿Me regalan una cotización? Toca presentarla en el comité de beneficios dentro de unas tres semanas.",
  "SQL","P2","fit A (healthcare, Colombia, group health); talento humano is a buyer area, so its Jefe decides; quote for the coming weeks: HIGH")
L("g05","es","buyer-area","Natalia Villamizar","nvillamizar@constructoramesadelossantos.com.co","Coordinadora Administrativa y Financiera","Constructora Mesa de los Santos","Construcción","Bucaramanga, Colombia",220,
  "Arrancamos dos proyectos de vivienda y el banco nos exige la póliza todo riesgo construccion y la de maquinaria amarilla. Necesito propuesta antes de que termine el mes para el desembolso.",
  "SQL","P2","fit A (construction, 220, Colombia, property/machinery); a Coordinadora is a manager and administración/finanzas are buyer areas; proposal this month: HIGH")
L("g06","es","unusual-words","Jhon Fredy Cárdenas","jfcardenas@transportesviaalmar.com.co","Gerente de Operaciones","Transportes Vía al Mar S.A.","Transporte de carga","Cartagena, Colombia",380,
  "En lo que va del año nos han robado dos tractomulas con la mercancía del cliente en la vía a Barranquilla y nos tocó responder a nosotros de nuestro bolsillo. ¿Hay algo que cubra eso? Mándenme una propuesta este mes.",
  "MQL","P3","cargo/transport insurance asked in plain words, fit A; proposal this month: HIGH; but operations is not one of segurocol's buyer areas, so a Gerente de Operaciones is a manager outside them (INFLUENCER)")
L("g07","es","unusual-words","Sergio Andrés Pinzón","spinzon@modacolombiana.com.co","Gerente Financiero","Moda Colombiana S.A.S.","Retail","Bogotá, Colombia",300,
  "Vendemos casi todo por la tienda virtual. Si un dia se meten los hackers y se roban los datos de tarjetas de los clientes, eso nos quiebra. Existe algun seguro que responda por esa plata? Quisiera que me llamen y me coticen.",
  "SQL","P2","cyber insurance in plain words (no 'ciberriesgo'), fit A; Gerente Financiero = manager in finanzas (buyer area); a call and a quote: HIGH")
L("g08","es","small-business","Ramón Giraldo","lacteosdonramon@gmail.com","Propietario","Lácteos Don Ramón","Agroindustria","Rionegro, Colombia",35,
  "Buenos dias, tengo una pequeña empresa de lacteos con 35 empleados, 6 furgones refrigerados y una bodega. Hasta ahora no tenemos nada asegurado y ya es hora. Me pueden cotizar los carros y la bodega?",
  "SQL","P2","fit B (only size weak: 35; a free email lowers data quality only); owner (C-level); asks a quote: HIGH", phone="314 788 2093")
L("g09","es","influencer","Daniela Rincón","drincon@plasticosdeantioquia.com.co","Analista de Riesgos","Plásticos de Antioquia S.A.","Manufactura","Medellín, Colombia",2000,
  "Urgente!! la poliza de ciberriesgo se vence mañana y la aseguradora actual nos dijo que no renueva. Mi jefe me pidio conseguir cotizaciones hoy mismo, por favor llamenme.",
  "MQL","P3","fit A, CRITICAL (urgent, expiry tomorrow, today); but an analyst is USER even inside the riesgos buyer area (buyerAreas only lift managers)")
L("g10","en","influencer","Anjali Nair","anair@colonlogisticshub.com.pa","Executive Assistant to the CFO","Colón Logistics Hub S.A.","Logistics","Colón, Panama",500,
  "Hello, I was asked to collect three quotes for a group medical plan for our employees this month. Can you send me yours? Thank you!",
  "MQL","P3","fit A (logistics, Panama), quote this month: HIGH; an assistant is USER even when working for the CFO")
L("g11","es","evaluating","Mauricio Londoño","mlondono@bananerasdeuraba.com.co","Vicepresidente Financiero","Bananeras de Urabá C.I.","Agroindustria","Apartadó, Colombia",1500,
  "Estamos comparando corredores para el programa de seguros del proximo trimestre: flota, daños de las empacadoras y vida grupo. Queremos ver qué ofrecen.",
  "MQL","P3","fit A (three services); a vicepresidente is a director (decision maker); comparing, next quarter: MEDIUM")
L("g12","es","negation","Karen Julio","kjulio@puertolamarina.com.co","Gerente de Riesgos","Terminal Portuaria La Marina S.A.","Logística portuaria","Cartagena, Colombia",700,
  "Tranquilos con los tiempos, aquí no hay afán. Eso sí, necesito recibir una propuesta formal de daños materiales y lucro cesante para las bodegas del terminal, porque la junta la quiere ver.",
  "SQL","P2","fit A; manager in the riesgos buyer area; a formal proposal is HIGH and 'no hay afán' only rules out CRITICAL, it does not lower a proposal request")
L("g13","en","negation","Oliver Grant","ogrant@codebogota.co","Head of People","Code Bogotá S.A.S.","Technology","Bogotá, Colombia",250,
  "No rush at all on our side. At some point this year we'd like to review our group health benefit, since the team has grown a lot.",
  "MQL","P3","fit A (technology, 250, Colombia, group health); Head of = director; 'no rush' + this year: MEDIUM")
L("g14","es","exploration","Gloria Patricia Henao","ghenao@hospitalsantamonica.com.co","Gerente Administrativa","Hospital Santa Mónica","Salud","Pereira, Colombia",400,
  "Más que todo queremos entender cómo funciona una póliza de ciberriesgo. Hoy no tenemos proyecto ni presupuesto para eso.",
  "NURTURE","P4","fit A; only wants to understand the product, no project or budget: LOW")
L("g15","pt","exploration","Rodrigo Tavares","rodrigo.tavares@embalaflexcolombia.com.co","Diretor Financeiro","Embalaflex Colombia S.A.S.","Manufatura","Funza, Colombia",300,
  "Somos uma subsidiária brasileira e estamos começando a entender como funcionam os seguros empresariais na Colômbia. Nada definido; se acontecer, talvez no ano que vem.",
  "NURTURE","P4","fit A (a Brazilian-owned plant in Colombia); first look, maybe next year: LOW")
L("g16","en","exploration","Daniel Whitfield","dwhitfield@pacificrimfoods.com.pa","COO","Pacific Rim Foods Panama","Food processing","Panama City, Panama",180,
  "Just curious how a broker's fee compares with buying straight from the insurer. We have no plans to change anything right now.",
  "NURTURE","P4","fit A/B either way; curiosity, no plans: LOW")
L("g17","es","fit-c","Gustavo Ferreyra","gferreyra@fletesferreyra.com.ar","Dueño","Fletes Ferreyra","Transporte","Rosario, Argentina",20,
  "Che, ¿ustedes aseguran flotas? Tengo 4 camionetas y la póliza me vence la semana que viene, necesito cotizar ya.",
  "NURTURE","P4","fit C: Argentina is outside Colombia/Panama and 20 staff is small; urgency does not lift fit C")
L("g18","es","fit-c","Rosa Elvira Quispe","rquispe@boticasantarosa.pe","Gerente General","Botica Santa Rosa","Retail farmacéutico","Arequipa, Perú",18,
  "Hola, quisiéramos un seguro de salud para el personal de la botica, somos 18. ¿Cuánto saldría más o menos?",
  "NURTURE","P4","fit C: Peru is outside the target countries and 18 staff is small (retail itself is fine)")
L("g19","es","other-urgency","Adriana Mercado","amercado@aceroscaribe.com.co","Directora Financiera","Aceros del Caribe S.A.","Manufactura","Barranquilla, Colombia",900,
  "Esta semana es el cierre del año y tenemos a la revisoría fiscal encima, no doy abasto. Lo de revisar las pólizas toca dejarlo para el año entrante, ahora no puedo atender eso.",
  "NURTURE","P4","the urgent thing is the year-end close and the statutory auditor; insurance review is put off to next year: LOW")
L("g20","es","other-urgency","Camilo Ossa","cossa@almacenesribera.com.co","Gerente de Gestión Humana","Almacenes Ribera S.A.","Retail","Medellín, Colombia",1100,
  "El año pasado nos suplantaron un proveedor por correo y perdimos una plata con una factura falsa. Ya montamos doble verificación de pagos y no ha vuelto a pasar. Por ahora no estamos buscando nada, solo quiero que me manden material para tener.",
  "NURTURE","P4","a past fraud, fixed since; nothing sought, material only: LOW")
L("g21","en","other-urgency","Lucía Fernández","lfernandez@logiparkpanama.com","Finance Director","LogiPark Panamá S.A.","Logistics","Panama City, Panama",400,
  "Our new warehouse in Panamá Pacífico is on hold until the municipality issues the occupancy permit, and nothing can be decided before that. Please just send me a brochure for now.",
  "NURTURE","P4","'on hold' is a permit being waited for, not an incident; nothing decidable until then, brochure only: LOW")
L("g22","es","topic-urgency","Hernando Suárez","hsuarez@busesdelasabana.com.co","Director Administrativo","Buses de la Sabana S.A.","Transporte de pasajeros","Bogotá, Colombia",800,
  "El viernes se vencen el SOAT y la responsabilidad civil de 120 buses y la aseguradora nos notificó que no renueva. Si no hay póliza los buses no pueden salir a rodar. Necesitamos que nos coloquen la flota esta misma semana.",
  "SQL","P1","the deadline (Friday) is about the seller's own service (fleet placement): CRITICAL; director; fit A")
L("g23","es","job-seeker","Leidy Johana Patiño","leidyj.patino@hotmail.com","Ejecutiva Comercial de Seguros",None,None,"Bogotá, Colombia",None,
  "Buenas, tengo 6 años de experiencia vendiendo pólizas colectivas y de autos en una aseguradora. Me interesa trabajar con ustedes, ¿tienen vacantes en el área comercial? Les envío mi hoja de vida.",
  "DISQUALIFIED","P4","job seeker (hoja de vida = CV)")
L("g24","en","job-seeker","Lukas Brenner","lukas.brenner@stud.uni-mannheim.de","Exchange Student",None,None,"Bogotá, Colombia",None,
  "Hi! I'm a German exchange student at Los Andes and I'm looking for a six-month internship in risk management or insurance. Would you accept my application?",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("g25","es","vendor-pitch","Francisca Medina","fmedina@polizasoft.cl","Ejecutiva de Ventas","PólizaSoft","Software","Santiago, Chile",40,
  "Hola! Desarrollamos un software para corredores de seguros que automatiza renovaciones, cobranza de primas y cotización multiaseguradora. ¿Te parece si agendamos una demo de 30 minutos con tu equipo?",
  "DISQUALIFIED","P4","a software vendor selling to the seller")
L("g26","en","partner","Brian Castillo","bcastillo@keystonemga.com","Managing Director","Keystone MGA","Insurance","Miami, United States",30,
  "We're an MGA in Miami with capacity for cyber risks in Latin America. We'd like to partner with SeguroCol so you can place your clients' cyber policies through us, with a commission split. Who should I talk to?",
  "DISQUALIFIED","P4","an insurance intermediary proposing a partnership / distribution deal, not buying")
L("g27","es","competitor","Andrés Felipe Rojas","afrojas@brokerandino.co","Jefe Comercial","Broker Andino","Seguros","Bogotá, Colombia",60,
  "Buenas tardes, ¿con qué aseguradoras están colocando ciberriesgo y qué porcentaje de comisión manejan en salud colectiva?",
  "DISQUALIFIED","P4","competitor domain")
L("g28","pt","competitor","Fernanda Lopes","fernanda.lopes@amparocorretora.com.br","Diretora de Expansão","Amparo Corretora de Seguros","Seguros","São Paulo, Brazil",150,
  "Olá! Somos uma corretora de seguros empresariais de São Paulo e estamos abrindo escritório em Bogotá. Gostaria de bater um papo sobre o mercado colombiano e entender as taxas que vocês costumam praticar.",
  "DISQUALIFIED","P4","competitor by its own words (a corporate broker entering the seller's market)")
L("g29","pt","personal","Thiago Barbosa","thiagobarbosa.rj@gmail.com",None,None,None,"Bogotá, Colombia",None,
  "Oi, bateram no meu carro aqui em Bogotá e a seguradora está enrolando para pagar o conserto. Vocês podem me ajudar com a reclamação? Preciso do carro para trabalhar.",
  "DISQUALIFIED","P4","private person, a claim on his own car")
L("g30","es","student","Valentina Arango","varango@unal.edu.co","Estudiante de Economía",None,None,"Bogotá, Colombia",None,
  "Hola, estoy haciendo mi trabajo de grado sobre la adopción de seguros cibernéticos en pymes colombianas. ¿Podrían responderme una encuesta de 10 preguntas?",
  "DISQUALIFIED","P4","student, thesis (trabajo de grado)")
L("g31","es","invalid-email","Jorge Iván Mejía","finanzas@ingeniodelvalle","Director Financiero","Ingenio del Valle","Agroindustria","Palmira, Colombia",1800,
  "Requerimos cotizar el programa completo de seguros del ingenio para la renovación de este mes.",
  "DISQUALIFIED","P4","invalid email (the domain has no dot)")
L("g32","es","too-little","Liliana Zapata","lzapata@grupoalimentosandino.com.co","Gerente Financiera","Grupo Alimentos Andino S.A.","Manufactura","Manizales, Colombia",950,
  "buenas tardes, info",
  "REVIEW","P3","greeting + 'info', nothing shows a need")
L("g33","en","too-little","Samuel Levy","slevy@atlanticmarinepanama.com","Risk Manager","Atlantic Marine Services","Logistics","Panama City, Panama",300,
  None,
  "REVIEW","P3","no description at all; a strong profile alone does not show a need")
L("g34","es","outside-country","Paola Andrade","pandrade@alimentosdelpacifico.com.ec","Gerente de Finanzas","Alimentos del Pacífico S.A.","Manufactura","Guayaquil, Ecuador",600,
  "Tenemos una planta de conservas en Guayaquil y queremos cotizar la póliza de incendio y terremoto y la de salud para el personal. Nos gustaría una reunión en las próximas semanas.",
  "SQL","P2","fit B: a 600-person manufacturer asking for two services, only the country (Ecuador) is weak (one weak signal = B, not C); finance is a buyer area; quote + meeting in the coming weeks: HIGH")

# ------------------------------------------- limpiamx: Mexican industrial/commercial cleaning + facility services (Mexico)
L("m01","es","buyer-area","Ma. Guadalupe Herrera","gherrera@hospitalsanjavier.mx","Jefa de Servicios Generales","Hospital San Javier","Salud","Guadalajara, México",900,
  "Tuvimos un brote de infección en terapia intensiva y la empresa de limpieza que teníamos se fue de un día para otro. Ocupamos personal de intendencia capacitado en áreas hospitalarias y una sanitización profunda de la UCI de inmediato, hoy de ser posible.",
  "SQL","P1","fit A (hospital, 900, Mexico, staff + sanitisation); servicios generales is a buyer area; an outbreak now + 'de inmediato': CRITICAL",
  phone="+52 33 1456 9082")
L("m02","es","buyer","Alejandro Garza","agarza@plazasdelnorte.com.mx","Director de Operaciones","Grupo Plazas del Norte","Centros comerciales","Monterrey, México",450,
  "Administramos cuatro plazas comerciales en Monterrey y Saltillo. El contrato de limpieza actual termina a fin de mes y queremos cotizar el servicio con personal de planta en las cuatro, incluyendo estacionamientos y baños públicos.",
  "SQL","P2","fit A (shopping centres, several sites); a director outside technology is a business decision maker; quote, contract ends this month: HIGH")
L("m03","en","buyer","Stefan Krüger","stefan.krueger@autoteilequeretaro.com.mx","Facilities Director","Autoteile Querétaro S.A. de C.V.","Automotive manufacturing","Querétaro, Mexico",1400,
  "We need a proposal for daily janitorial staff and quarterly deep cleaning of our two production halls in Querétaro, roughly 40,000 m2. Our current contract ends next month. Could you do a site visit within the next two weeks?",
  "SQL","P2","fit A (manufacturing, 1400, two services); director; proposal + site visit in two weeks: HIGH")
L("m04","es","buyer-area","Itzel Ramírez","iramirez@bancoatlas.com.mx","Coordinadora de Compras","Banco Atlas","Banca","Ciudad de México, México",2500,
  "Solicito cotizacion para limpieza diaria de 3 pisos de oficinas corporativas en Santa Fe, con personal de lunes a sabado y limpieza de vidrios mensual. Tengo que entregar el comparativo en las próximas dos semanas.",
  "SQL","P2","fit A (corporate offices); a purchasing coordinator is a manager in compras, a business decision maker; quote for the coming weeks: HIGH")
L("m05","es","buyer-area","Óscar Villanueva","ovillanueva@alimentoselbajio.com.mx","Gerente de Mantenimiento","Alimentos El Bajío S.A. de C.V.","Manufactura de alimentos","Celaya, México",600,
  "En diciembre tenemos el paro programado de la planta y queremos aprovechar para hacer limpieza industrial de techos, estructuras y ductos de la nave de producción. ¿Nos pueden enviar cotización y agendar visita técnica?",
  "SQL","P2","fit A; mantenimiento is a buyer area; 'paro programado' is a planned shutdown, not a line stoppage now; quote + visit: HIGH")
L("m06","es","unusual-words","Brenda Solís","bsolis@contactamas.com.mx","Gerente de Administración","Contacta Más Call Center","Servicios","Monterrey, México",800,
  "Los baños del piso de agentes dan pena, huele feo todo el dia y la gente ya se queja con recursos humanos. La señora que limpia no se da abasto con tanta gente. Queremos que alguien se haga cargo de eso completo. ¿Pueden venir a ver el lugar y pasarme precio?",
  "SQL","P2","on-site cleaning staff asked in plain words; fit A (services/offices, 800); administración is a buyer area; a visit and a price: HIGH")
L("m07","es","unusual-words","Rodrigo Esquivel","resquivel@torremilenio.mx","Subdirector de Servicios","Torre Milenio Corporativo","Inmobiliaria / Oficinas","Ciudad de México, México",120,
  "En el edificio entran unas 1,500 personas diario. Queremos que alguien limpie y desinfecte manijas, botones de elevador y comedores varias veces al día, no nomás trapear en la noche. Estamos viendo opciones para arrancar el próximo trimestre.",
  "MQL","P3","sanitisation of high-touch surfaces in plain words, fit A; Subdirector = director; looking at options for next quarter: MEDIUM")
L("m08","es","small-business","Paola Cervantes","dentalsonrisapuebla@hotmail.com","Dueña","Sonrisa Dental","Salud","Puebla, México",28,
  "Tengo 3 consultorios dentales en Puebla y necesito que me coticen limpieza diaria y una sanitizacion al mes en los tres. Si el precio me late arrancamos este mismo mes.",
  "SQL","P2","fit B (healthcare, Mexico, two services; only size weak: 28; a free email lowers data quality only); owner; quote, start this month: HIGH", phone="222 318 4407")
L("m09","es","influencer","Karla Domínguez","kdominguez@metalformasaltillo.com.mx","Ingeniera de Seguridad e Higiene","Metalforma Saltillo","Manufactura","Saltillo, México",1200,
  "URGENTE: mañana viene la inspección de la STPS y los comedores y vestidores no están en condiciones. Necesito una cuadrilla de limpieza profunda hoy en la noche. ¿Me pueden marcar ya?",
  "MQL","P3","fit A; the inspection tomorrow is about cleaning itself, so CRITICAL; but an engineer is TECHNICAL, i.e. an influencer without decision power")
L("m10","en","influencer","Rahul Verma","rahul.verma@infosyncmexico.com","Facilities Analyst","InfoSync Mexico","IT services","Guadalajara, Mexico",650,
  "Hi, we are moving into new offices in Zapopan this month and my manager asked me to get pricing for janitorial services. Could you send a quote?",
  "MQL","P3","fit A (offices, 650), quote this month: HIGH; an analyst is USER even inside the facilities buyer area")
L("m11","es","influencer","José Luis Tapia","jltapia@hospitalangelesdelsur.mx","Auxiliar Administrativo","Hospital Ángeles del Sur","Salud","Ciudad de México, México",700,
  "buen dia, mi jefe me pidio que pidiera cotizacion de sanitizacion para el area de urgencias lo antes posible. gracias",
  "MQL","P3","fit A; 'lo antes posible' (as soon as possible) on a concrete need: CRITICAL; an auxiliar is USER")
L("m12","es","evaluating","Patricia Ledesma","pledesma@cedislogistix.com.mx","Directora de Administración y Finanzas","Logistix CEDIS","Logística","Tultitlán, México",700,
  "Estamos evaluando tercerizar la limpieza de nuestros tres centros de distribución contra seguir con personal propio. La decisión la tomaríamos este año.",
  "MQL","P3","fit A (logistics, several sites); director; evaluating, this year: MEDIUM")
L("m13","es","negation","Fernando Olvera","folvera@farmaindustrial.com.mx","Gerente de Facilities","Farma Industrial de México","Farmacéutica","Toluca, México",1000,
  "Nada urgente, eh. Más adelante en el año queremos revisar el servicio de limpieza de oficinas y laboratorios y ver alternativas.",
  "MQL","P3","fit A (pharma manufacturing); facilities is a buyer area; 'nada urgente' + later this year: MEDIUM")
L("m14","es","exploration","Claudia Arriaga","carriaga@plazagaleriasleon.mx","Gerente de Compras","Plaza Galerías León","Centros comerciales","León, México",200,
  "Por ahora solo queremos conocer qué servicios manejan. No tenemos nada planeado.",
  "NURTURE","P4","fit A; getting to know the offer, nothing planned: LOW")
L("m15","en","exploration","Jennifer Walsh","jwalsh@midwestcomponents.com","VP Real Estate & Facilities","Midwest Components (Mexico plants)","Manufacturing","Monterrey, Mexico",3000,
  "We're benchmarking facility service providers in Mexico ahead of a possible change next year or later. Nothing imminent; a capabilities deck would be enough for now.",
  "NURTURE","P4","fit A; benchmarking, next year or later, a deck only: LOW")
L("m16","pt","exploration","Vinícius Moura","vinicius.moura@embraparts.com.mx","Gerente de Facilities","EmbraParts México","Manufatura","Aguascalientes, México",450,
  "Só estamos conhecendo fornecedores de limpeza aqui no México, sem previsão de contratação por enquanto.",
  "NURTURE","P4","fit A (a Brazilian-owned plant in Mexico); getting to know suppliers, no date: LOW")
L("m17","es","fit-c","Matías Contreras","mcontreras@estudiocontrerasasoc.cl","Gerente General","Contreras & Asociados","Oficinas / Servicios profesionales","Santiago, Chile",25,
  "Hola, necesitamos aseo para nuestra oficina de 25 personas en Providencia. ¿Tienen cobertura en Chile? Ojalá altiro.",
  "NURTURE","P4","fit C: Chile is outside Mexico and 25 staff is small; urgency does not lift fit C")
L("m18","es","fit-c","Iván Pech","ivanpech@fitzonemerida.mx","Propietario","FitZone Gym","Gimnasio","Mérida, México",12,
  "Ocupo limpieza profunda del gym cada semana, regaderas y aparatos. ¿Cuánto me cobrarían?",
  "NURTURE","P4","fit C: a 12-person gym is small and not a target industry (two weak signals), though in Mexico")
L("m19","es","other-urgency","Verónica Lara","vlara@financieraplata.com.mx","Gerente de Servicios Generales","Financiera Plata S.A.","Servicios financieros","Ciudad de México, México",800,
  "Esta semana traemos la auditoría del SAT y el cierre contable, ando sin cabeza. Lo del contrato de limpieza lo vemos ya el próximo año.",
  "NURTURE","P4","the urgent thing is a tax audit and the books close; cleaning is put off to next year: LOW")
L("m20","es","other-urgency","Dra. Mónica Treviño","mtrevino@clinicadelvallemty.mx","Directora Médica","Clínica del Valle","Salud","San Pedro Garza García, México",350,
  "Hace unos meses tuvimos plaga en la cocina, la fumigadora lo resolvió y desde entonces todo en orden. Ahorita no buscamos nada, nomás mándenme su catálogo.",
  "NURTURE","P4","a past pest problem, solved since; nothing sought, catalogue only: LOW")
L("m21","en","other-urgency","Mark Jensen","mjensen@pacificmedicaldevices.mx","Operations Director","Pacific Medical Devices","Medical device manufacturing","Tijuana, Mexico",1600,
  "Production has been stopped all week because of a supplier strike, so every other project is frozen. Cleaning services can wait; please reach out again in a few months.",
  "NURTURE","P4","the stoppage is a supplier strike, not about cleaning; for the seller's topic there is no timeline ('in a few months'): LOW")
L("m22","es","topic-urgency","Lorena Castañeda","lcastaneda@plazaandares.com.mx","Jefa de Compras","Plaza Andares Sur","Centros comerciales","Zapopan, México",300,
  "El jueves reabrimos la plaza después de la remodelación y la constructora nos dejó polvo y escombro por todos lados, unos 30 mil m2. Necesitamos limpieza post-obra completa antes del jueves, ¿pueden entrar mañana?",
  "SQL","P1","the reopening this Thursday depends on the seller's own service (post-construction cleaning): CRITICAL; a purchasing manager decides; fit A")
L("m23","es","job-seeker","Rosario Hernández","chayo.hdz78@hotmail.com","Afanadora",None,None,"Ecatepec, México",None,
  "Buenas tardes busco trabajo de intendencia, tengo experiencia en hospital y en oficinas, puedo turno de noche. ¿A donde llevo mis papeles?",
  "DISQUALIFIED","P4","job seeker")
L("m24","pt","job-seeker","Letícia Andrade","leticia.andrade@aluno.unicamp.br","Estudante de Administração",None,None,"Ciudad de México, México",None,
  "Olá! Sou brasileira, estou fazendo intercâmbio na UNAM e procuro um estágio na área de gestão de facilities. Posso enviar meu currículo?",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("m25","es","vendor-pitch","Héctor Bautista","hbautista@quimicosverdes.com.mx","Representante de Ventas","Químicos Verdes de México","Químicos","Naucalpan, México",60,
  "Buen día, somos fabricantes de químicos biodegradables para limpieza institucional y nos gustaría ser proveedores de LimpiaMX. Le puedo llevar muestras sin costo esta semana.",
  "DISQUALIFIED","P4","a supplier selling to the seller")
L("m26","en","vendor-pitch","Emily Chen","emily.chen@scrubbot.ai","Partnerships Lead","ScrubBot","Robotics","San Francisco, United States",90,
  "Our autonomous floor scrubbers cut labour costs on large floors by up to 40%. We'd love to run a free pilot with LimpiaMX at one of your client sites. Open to a call?",
  "DISQUALIFIED","P4","a vendor pitching its product to the seller")
L("m27","es","partner","Arturo Méndez","amendez@limpiezasdelbajio.com.mx","Director General","Limpiezas del Bajío","Servicios de limpieza","Querétaro, México",45,
  "Somos una empresa de limpieza con REPSE en Querétaro. Cuando tengan clientes en el Bajío podemos ser sus subcontratistas o aliados, ¿cómo le hacemos?",
  "DISQUALIFIED","P4","a cleaning firm asking to be a subcontractor / partner")
L("m28","es","competitor","Gabriela Ríos","grios@brillomex.com.mx","Gerente Comercial","BrilloMex","Servicios de limpieza","Ciudad de México, México",300,
  "¿Cuánto cobran por afanador por turno y qué marca de químicos usan en hospitales?",
  "DISQUALIFIED","P4","competitor domain")
L("m29","es","competitor","Nicolás Bianchi","nbianchi@impecablesrl.com.ar","Socio Gerente","Impecable SRL","Limpieza y facility services","Buenos Aires, Argentina",400,
  "Hola, qué tal. Tenemos una empresa de limpieza y facility en Buenos Aires y estamos por abrir en CDMX. Me gustaría saber cómo cotizan ustedes los contratos con plazas comerciales, así armamos nuestra tabla.",
  "DISQUALIFIED","P4","competitor by its own words (same trade, entering Mexico, asking for pricing)")
L("m30","en","personal","Sarah Collins","sarahcollins.mx@gmail.com",None,None,None,"Ciudad de México, México",None,
  "Hi! We just finished renovating our apartment in Roma Norte and it's covered in dust. Could you send someone to clean it this Saturday? It's urgent, we have guests coming.",
  "DISQUALIFIED","P4","private person, her own apartment (urgency does not change it)")
L("m31","es","student","Diego Salgado","dsalgado@alumnos.udg.mx","Estudiante",None,None,"Guadalajara, México",None,
  "Que tal, estoy haciendo mi tesis de licenciatura sobre como cambió la subcontratación de limpieza con la reforma del REPSE. ¿Me podrían dar una entrevista?",
  "DISQUALIFIED","P4","student, thesis")
L("m32","en","spam","Top Rank SEO","rank.boost@seo-magic-links.biz",None,None,None,None,None,
  "Dear website owner, we sell HIGH DA backlinks 100% safe, first page guaranteed in one week!!! Write back for our price list",
  "DISQUALIFIED","P4","spam")
L("m33","es","invalid-email","Ernesto Rubio","compras@plazaoriente","Gerente de Compras","Plaza Oriente","Centros comerciales","Puebla, México",250,
  "Necesito cotizar limpieza con personal fijo para la plaza este mes.",
  "DISQUALIFIED","P4","invalid email (the domain has no dot)")
L("m34","es","too-little","Salvador Ibarra","sibarra@grupoindustrialsonora.com.mx","Gerente de Mantenimiento","Grupo Industrial Sonora","Manufactura","Hermosillo, México",900,
  "Hola buen dia",
  "REVIEW","P3","greeting only, no need stated")
L("m35","pt","too-little","Renata Costa","renata.costa@brasmexplasticos.com.mx","Gerente Administrativa","BrasMex Plásticos","Manufatura","San Luis Potosí, México",380,
  "Olá, mais informações por favor",
  "REVIEW","P3","'more information', nothing shows a need")

# ------------------------------------------- ensinabr: Brazilian corporate e-learning / LMS (Brazil)
L("e01","pt","buyer-area","Simone Araújo","simone.araujo@construtoramontanha.com.br","Coordenadora de Treinamento","Construtora Montanha","Construção civil","Belo Horizonte, Brazil",1200,
  "Temos 1.200 colaboradores em obra e o controle dos treinamentos de NR-18 e NR-35 é todo em planilha. Quero uma proposta da plataforma com a trilha de NRs e o controle de reciclagem; a diretoria decide ainda este mês.",
  "SQL","P2","fit A (construction, 1200, Brazil, LMS + NR tracking); a coordinator is a manager and treinamento is a buyer area; proposal, decision this month: HIGH")
L("e02","pt","buyer","Patrícia Wanderley","patricia.wanderley@lojasmaresia.com.br","Diretora de Gente e Gestão","Lojas Maresia","Varejo","Recife, Brazil",4000,
  "São 80 lojas e um turnover alto; a integração de vendedor hoje leva três semanas presencial. Queremos uma demonstração do LMS com biblioteca de conteúdos e app. Já temos orçamento aprovado.",
  "SQL","P2","fit A (retail, 4000, onboarding + LMS + library); director; demo with approved budget: HIGH")
L("e03","en","buyer","Daniel Ortega","daniel.ortega@bancovertice.com.br","Chief People Officer","Banco Vértice","Banking","São Paulo, Brazil",900,
  "Hello, I lead People at a mid-sized bank in São Paulo. We need a proper compliance curriculum (AML, LGPD, code of conduct) with tracking for all 900 employees. Could we see a demo next week? We'd like to choose a platform this month.",
  "SQL","P2","fit A (banking, compliance content + LMS); C-level; demo next week, decision this month: HIGH")
L("e04","pt","buyer-area","Cristiano Dalla Costa","cristiano.dallacosta@frigooeste.com.br","Gerente de RH","FrigoOeste Alimentos","Agroindústria","Chapecó, Brazil",2500,
  "Preciso controlar os certificados de NR-12 e NR-10 de 2.500 colaboradores em duas unidades, hoje ninguém sabe quem está vencido. Me mandem um orçamento, por favor.",
  "SQL","P2","fit A; RH is a buyer area; quote: HIGH")
L("e05","pt","unusual-words","Marcos Antônio Reis","marcos.reis@transportesrioverde.com.br","Diretor de Operações","Transportes Rio Verde","Logística","Rio Verde, Brazil",600,
  "Toda vez que entra motorista novo eu tiro um supervisor da rua pra explicar as regras da empresa, e mesmo assim o pessoal esquece. Queria uma coisa no celular que ensinasse sozinha, com uma provinha no final, e que eu conseguisse ver quem fez. Vocês mandam orçamento?",
  "SQL","P2","onboarding + LMS with tests described in plain words, fit A (logistics, 600); director; a quote: HIGH")
L("e06","pt","unusual-words","Luana Batista","luana.batista@hospitalsaojudas.org.br","Supervisora de Pessoas","Hospital São Judas Tadeu","Saúde","Salvador, Brazil",800,
  "Todo ano é a mesma correria pra provar pra acreditação que a enfermagem fez os cursos obrigatórios, com lista de presença de papel que some. Estamos pensando em resolver isso no segundo semestre.",
  "MQL","P3","mandatory-training evidence in plain words, fit A; a supervisor is a manager in the pessoas buyer area; planning for the second half: MEDIUM")
L("e07","pt","small-business","Edson Kreutz","kreutzconstrucoes@gmail.com","Proprietário","Kreutz Construções","Construção civil","Joinville, Brazil",40,
  "Tenho 40 peões de obra e preciso deixar os treinamentos de NR-35 e NR-18 em dia e com certificado pra mostrar pro cliente. Quanto sai a plataforma pra empresa pequena? Quero resolver ainda esse mês.",
  "SQL","P2","fit B (only size weak: 40; a free email lowers data quality only); owner; price asked, this month: HIGH", phone="(47) 99177-3021")
L("e08","pt","influencer","Thaís Rocha","thais.rocha@bancoparanaense.com.br","Analista de Treinamento","Banco Paranaense","Bancos","Curitiba, Brazil",3000,
  "URGENTE: temos que comprovar até sexta o treinamento de PLD de todos os funcionários para a auditoria interna e o nosso LMS atual saiu do ar. Preciso de uma proposta hoje!",
  "MQL","P3","fit A; outage + deadline Friday on the seller's topic: CRITICAL; but an analyst is USER, even inside the training buyer area")
L("e09","pt","influencer","Mariana Kato","mariana.kato@metalurgicasorocaba.com.br","Estagiária de DHO","Metalúrgica Sorocaba","Indústria","Sorocaba, Brazil",700,
  "Oi, fiquei responsável por levantar fornecedores de plataforma pra integração dos novos funcionários aqui da fábrica. Vocês conseguem me mandar valores e marcar uma conversa nas próximas semanas?",
  "MQL","P3","fit A; prices and a call in the coming weeks: HIGH; an intern (estagiária) is USER; she works there, she is not applying")
L("e10","en","influencer","Kevin O'Neill","kevin.oneill@solaristelecom.com.br","Learning Specialist","Solaris Telecom Brasil","Telecommunications","Rio de Janeiro, Brazil",1800,
  "We need to move 40 courses to a new LMS ASAP. Our current vendor is shutting down at the end of the month and nobody here has a plan B.",
  "MQL","P3","fit A (telecom services, 1800); 'ASAP' on a concrete need: CRITICAL; a specialist is TECHNICAL, an influencer without decision power")
L("e11","pt","evaluating","Rogério Vasconcelos","rogerio.vasconcelos@energisul.com.br","Diretor de RH","EnergiSul Distribuidora","Energia","Florianópolis, Brazil",1500,
  "Estamos avaliando três plataformas de EAD corporativo para contratar no próximo trimestre. Queremos entender o diferencial de vocês.",
  "MQL","P3","fit A; director; evaluating, next quarter: MEDIUM")
L("e12","pt","negation","Aline Figueiredo","aline.figueiredo@segurabrasilvida.com.br","Head de Compliance","Segura Brasil Vida","Serviços financeiros","São Paulo, Brazil",650,
  "Não é pra já. A ideia é implantar os treinamentos de código de conduta e anticorrupção lá pelo segundo semestre deste ano.",
  "MQL","P3","fit A (financial services, compliance content); Head de = director; 'não é pra já' + this year: MEDIUM")
L("e13","pt","exploration","Juliana Peixoto","juliana.peixoto@supermercadosbomdia.com.br","Gerente de Pessoas","Supermercados Bom Dia","Varejo","Campinas, Brazil",1100,
  "Tô só pesquisando como funcionam essas plataformas de treinamento, não temos nada orçado.",
  "NURTURE","P4","fit A; just researching, nothing budgeted: LOW")
L("e14","pt","exploration","Alberto Schmitt","alberto.schmitt@agropecuariaschmitt.com.br","CEO","Agropecuária Schmitt","Agronegócio","Cascavel, Brazil",300,
  "Por curiosidade: vocês têm conteúdo de liderança pra supervisores de campo? Nada pra agora.",
  "NURTURE","P4","fit A; curiosity, nothing now: LOW")
L("e15","en","exploration","Hiroshi Tanaka","hiroshi.tanaka@sakuraeletronicos.com.br","HR Director","Sakura Eletrônicos da Amazônia","Electronics manufacturing","Manaus, Brazil",2200,
  "Just building a long list of LMS vendors for a possible project next year. Please send general material.",
  "NURTURE","P4","fit A; a long list for next year, material only: LOW")
L("e16","pt","fit-c","Manuel Kiala","manuel.kiala@construtoralunda.co.ao","Gerente Geral","Construtora Lunda","Construção","Luanda, Angola",30,
  "Somos uma empresa angolana com 30 colaboradores e queremos cursos de segurança do trabalho online. Podem enviar uma proposta?",
  "NURTURE","P4","fit C: Angola is outside Brazil and 30 staff is small")
L("e17","es","fit-c","Florencia Pereyra","fpereyra@devsur.com.uy","Directora","DevSur","Software","Montevideo, Uruguay",18,
  "Hola, ta. Queremos una plataforma para que los gurises que entran hagan la inducción online. ¿Está en español? Querríamos arrancar este mes.",
  "NURTURE","P4","fit C: Uruguay is outside Brazil and 18 staff is small; a real need and intent do not lift fit C")
L("e18","pt","other-urgency","Cláudio Ferraz","claudio.ferraz@autopecasferraz.com.br","Gerente de RH","Autopeças Ferraz","Indústria","São Bernardo do Campo, Brazil",900,
  "Essa semana é fechamento da folha, eSocial e ainda auditoria do balanço, tô sem tempo pra nada. Treinamento só ano que vem.",
  "NURTURE","P4","the urgent things are payroll close and an audit; training is put off to next year: LOW")
L("e19","pt","other-urgency","Denise Albuquerque","denise.albuquerque@redefarmavida.com.br","Diretora de Pessoas","Rede FarmaVida","Varejo farmacêutico","Fortaleza, Brazil",1300,
  "Ano passado perdemos uma ação trabalhista por falta de comprovante de treinamento, mas já contratamos uma consultoria que faz tudo presencial e está funcionando bem. Hoje não preciso de nada, pode me colocar na newsletter.",
  "NURTURE","P4","a past labour claim, solved with another provider; nothing needed, newsletter only: LOW")
L("e20","pt","other-urgency","Gustavo Lemos","gustavo.lemos@papeisdosul.com.br","Gerente de T&D","Papéis do Sul","Indústria de papel","Telêmaco Borba, Brazil",1700,
  "A empresa está sendo incorporada por outro grupo e todas as contratações de fornecedores estão congeladas até sair a aprovação do CADE. Não tenho previsão.",
  "NURTURE","P4","waiting on an acquisition approval (CADE), purchases frozen, no date: LOW")
L("e21","pt","topic-urgency","Wellington Prado","wellington.prado@siderurgicavaledoaco.com.br","Diretor Industrial","Siderúrgica Vale do Aço","Siderurgia","Ipatinga, Brazil",1800,
  "Recebemos um auto de infração do auditor fiscal do trabalho: temos 10 dias pra comprovar NR-12 e NR-35 de todos os operadores e os registros estão espalhados em pastas. Preciso da plataforma rodando com controle de certificados imediatamente.",
  "SQL","P1","the labour inspection deadline is about the seller's own service (NR training evidence) + 'imediatamente': CRITICAL; director; fit A")
L("e22","pt","buyer","Renata Mourão","renata.mourao@hospitalbomjesus.org.br","Gerente de Treinamento e Desenvolvimento","Hospital Bom Jesus","Saúde","Ribeirão Preto, Brazil",1400,
  "Abrimos uma ala nova e entram 180 profissionais na segunda-feira que vem. Preciso que a integração online esteja no ar esta semana, com os protocolos de segurança do paciente. Dá pra conversar hoje ainda?",
  "SQL","P1","fit A (healthcare, onboarding); T&D is a buyer area; go-live this week, call today: CRITICAL")
L("e23","en","job-seeker","Ana Lucía Vargas","analucia.vargas.id@gmail.com","Instructional Designer",None,None,"São Paulo, Brazil",None,
  "Hi, I'm a Colombian instructional designer living in São Paulo, with 5 years building SCORM courses. Are you hiring? I'd love to send my portfolio.",
  "DISQUALIFIED","P4","job seeker")
L("e24","pt","job-seeker","Gabriel Souza","gabriel.souza@alunos.ufpe.br","Estudante de Psicologia",None,None,"Recife, Brazil",None,
  "Boa tarde! Tô no 7º período de Psicologia e procuro estágio em RH ou T&D. Vocês têm vaga? Mando meu currículo.",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("e25","pt","vendor-pitch","Camila Torres","camila@estudiolumecursos.com.br","Produtora Executiva","Estúdio Lume","Produção audiovisual","São Paulo, Brazil",15,
  "Oi! Somos um estúdio que produz videoaulas e microlearning para plataformas de EAD. Adoraríamos gravar a próxima leva de cursos da EnsinaBR. Posso mandar nosso portfólio?",
  "DISQUALIFIED","P4","a production studio selling to the seller")
L("e26","en","vendor-pitch","Tom Hughes","tom.hughes@voxdub.ai","Account Executive","VoxDub","AI software","London, United Kingdom",60,
  "Hi there, we dub e-learning videos into 30 languages with AI voices. EnsinaBR could launch its whole library in Spanish in two weeks. Fancy a quick call?",
  "DISQUALIFIED","P4","a vendor pitching to the seller")
L("e27","pt","partner","Sérgio Matos","sergio.matos@matosconsultoriarh.com.br","Sócio-diretor","Matos Consultoria em RH","Consultoria","Goiânia, Brazil",20,
  "Somos uma consultoria de RH com 50 clientes no Centro-Oeste e queremos revender a plataforma de vocês junto com nossos programas. Vocês têm alguma condição para revendedores?",
  "DISQUALIFIED","P4","consultancy asking to resell (partnership)")
L("e28","pt","competitor","Bruna Lacerda","bruna.lacerda@aprendeo.com.br","Analista de Produto","Aprendeo","Software","Florianópolis, Brazil",80,
  "Vocês cobram por usuário ativo ou por licença? Aceitam pacote SCORM 2004?",
  "DISQUALIFIED","P4","competitor domain")
L("e29","pt","competitor","Felipe Arantes","felipe.arantes@kursa.com.br","Gerente de Marketing","Kursa Educação Corporativa","Software","Belo Horizonte, Brazil",120,
  "Oi, também temos um LMS corporativo aqui em BH e estou montando um mapa dos concorrentes. Consegue me passar a tabela de planos e o número de clientes?",
  "DISQUALIFIED","P4","competitor by its own words")
L("e30","pt","personal","Josué Ferreira","josue.ferreira82@hotmail.com",None,None,None,"Duque de Caxias, Brazil",None,
  "Fiz o curso de NR-35 pela plataforma da empresa onde eu trabalhava e fui mandado embora. Preciso do meu certificado pra uma vaga nova, é urgente, como faço?",
  "DISQUALIFIED","P4","private person, his own certificate (urgency does not change it)")
L("e31","pt","student","Larissa Menezes","larissa.menezes@ufba.br","Estudante de Pedagogia",None,None,"Salvador, Brazil",None,
  "Olá, meu TCC é sobre educação corporativa a distância e gostaria de entrevistar alguém da equipe pedagógica de vocês.",
  "DISQUALIFIED","P4","student, final paper (TCC)")
L("e32","pt","spam","Renda Extra Já","contato@rendaextraja.top",None,None,None,None,None,
  "GANHE R$ 800 POR DIA TRABALHANDO DE CASA!!! Sem experiência, só chamar no zap 👉 vagas limitadas",
  "DISQUALIFIED","P4","spam")
L("e33","pt","disposable-email","RH Empresa","rh.treinamento@mailinator.com","Gerente de RH","Indústria Nacional","Indústria","Joinville, Brazil",500,
  "Quero proposta de plataforma de treinamento NR para 500 funcionários.",
  "DISQUALIFIED","P4","disposable email")
L("e34","pt","too-little","Paulo Henrique Dias","paulo.dias@grupoatlanticologistica.com.br","Diretor de RH","Grupo Atlântico Logística","Logística","Santos, Brazil",2000,
  "Olá, gostaria de saber mais",
  "REVIEW","P3","'would like to know more', nothing shows a need")
L("e35","pt","too-little","Cecília Nogueira","cecilia.nogueira@clinicasvivamais.com.br","Coordenadora de T&D","Clínicas Viva Mais","Saúde","Brasília, Brazil",600,
  ".",
  "REVIEW","P3","a single dot, no need stated")
L("e36","es","too-little","Martín Echagüe","mechague@grupoaurora.com.br","Gerente de RRHH","Grupo Aurora Brasil","Varejo","São Paulo, Brazil",1500,
  "hola! quisiera mas info",
  "REVIEW","P3","'more info' (an Argentine writing in Spanish to a Brazilian seller), nothing shows a need")

PROFILE_BY_PREFIX = {"g": "segurocol", "m": "limpiamx", "e": "ensinabr"}
write("holdout6", PROFILE_BY_PREFIX)
