#!/usr/bin/env python3
"""Writes holdout11.jsonl: a fresh generalisation holdout for four sellers nobody had used (frioandes, sentinela,
arrendamx, surcogestion; profiles in ./profiles).

- frioandes: Ecuadorian cold-chain trucking (shrimp, bananas, flowers, pharma), targetCountries Ecuador.
- sentinela: Brazilian cybersecurity MSSP (SOC 24x7, pentest, LGPD, incident response), Brazil.
- arrendamx: Mexican corporate fleet leasing (cars and pickups, operating lease with maintenance), Mexico.
- surcogestion: Argentine ERP implementation partner for agribusiness and food, Argentina / Uruguay / Paraguay.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas,
section 6's non-buyers) and the fit-grade reading used by the earlier sets (A: industry, size, need and country
all good; B: one of them weak; C: two weak; D: three weak, or not a buyer at all), without reading the
classifier's code, running it or running any eval, and without reusing sentences from the existing sets.
Every lead is split `holdout11`: a measuring set, not a tuning set.

Standalone: L() and write() are defined here; nothing is imported from other files. Run:
    python3 build-holdout11.py
"""
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "holdout11"
ROWS = []
_BLOCKS = []  # (index of the first row, profile id)
VALID_LABELS = {("SQL", "P1"), ("SQL", "P2"), ("MQL", "P3"), ("REVIEW", "P3"), ("NURTURE", "P4"), ("DISQUALIFIED", "P4")}


def seller(profile):
    """Every row L()-ed after this call belongs to `profile`."""
    _BLOCKS.append((len(ROWS), profile))


def L(id, lang, kind, name, email, job, company, industry, loc, size, desc, stage, pri, why, phone=None, source=None):
    """One lead: the form's fields (absent ones left out), its labels, and the reading of policy.md behind them."""
    lead = {"fullName": name, "email": email}
    for k, v in (("jobPosition", job), ("companyName", company), ("industry", industry), ("location", loc),
                 ("phone", phone), ("description", desc), ("source", source), ("companySize", size)):
        if v is not None:
            lead[k] = v
    ROWS.append((id, lang, kind, lead, stage, pri, why, _BLOCKS[-1][1]))


def write():
    """Checks every row and writes holdout11.jsonl beside this script, one lead per line."""
    out = os.path.join(HERE, f"{SPLIT}.jsonl")
    seen = set()
    for n, (id, lang, kind, lead, stage, pri, why, profile) in enumerate(ROWS, 1):
        assert id == f"u{n:03d}", (id, n)
        assert id not in seen, id
        seen.add(id)
        assert lang in ("es", "pt", "en"), (id, lang)
        assert (stage, pri) in VALID_LABELS, (id, stage, pri)
        assert lead["fullName"] and lead["email"], id
        assert why and kind, id
        assert os.path.exists(os.path.join(HERE, "profiles", f"{profile}.json")), profile
    with open(out, "w", encoding="utf-8") as f:
        for id, lang, kind, lead, stage, pri, why, profile in ROWS:
            row = {"id": id, "profile": profile, "lang": lang, "kind": kind, "split": SPLIT,
                   "lead": lead, "expected": {"stage": stage, "priority": pri}, "why": why}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} leads -> {out}")
    for title, key in (("profile", 7), ("lang", 1), ("stage", 4), ("kind", 2)):
        c = collections.Counter(r[key] for r in ROWS)
        print(f"  {title}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))


# ---------------------------------------------------------------- frioandes: Ecuadorian refrigerated trucking
seller("frioandes")
L("u001","es","buyer","Washington Cedeño Alvarado","wcedeno@empacadoramardorado.com.ec","Gerente General","Empacadora Mar Dorado S.A.","Procesamiento y exportación de camarón","Guayaquil, Ecuador",420,
  "Buenas noches. El furgón que usamos para llevar producto a Posorja se quedó sin frío en la vía y tenemos 18 toneladas de camarón congelado que deben embarcar mañana en la mañana. Necesitamos dos furgones refrigerados hoy mismo en la planta de Durán. Favor llamarme al celular.",
  "SQL","P1","fit A (seafood packer, 420 staff, Ecuador, refrigerated shrimp to port); Gerente General = C_LEVEL decision maker (§1); reefer failed now, shipment tomorrow, trucks needed today: CRITICAL (§3) -> SQL P1 (§6 rule 3, §7)",
  phone="099 482 3317", source="web_form")
L("u002","es","buyer-area","Mayra Loayza Pineda","mloayza@frutasdeloro.ec","Jefa de Logística","Exportadora Frutas de El Oro","Exportación de banano","Machala, Ecuador",650,
  "Estimados, para la temporada alta que arranca en unas tres semanas vamos a necesitar acarreo de unos 60 contenedores reefer semanales desde las haciendas de Pasaje y Santa Rosa hasta Puerto Bolívar, con genset. Solicito cotización por contenedor y condiciones de pago.\n\nSaludos,\nMayra Loayza\nJefa de Logística",
  "SQL","P2","fit A (banana exporter, 650, Ecuador, reefer container haulage); Jefa de Logística = MANAGER in a frioandes buyerArea (logística) -> BUSINESS_DECISION_MAKER (§1); quote + 'próximas semanas': HIGH -> SQL P2")
L("u003","en","buyer","Gregory Haldane","ghaldane@andinapharmadist.com","Supply Chain Director","Andina Pharma Distribution","Pharmaceutical distribution","Quito, Ecuador",380,
  "Hello, we distribute vaccines and biologics to around 40 hospitals and pharmacy chains in Quito, Guayaquil and Cuenca. We need a carrier with qualified 2-8 °C vehicles and data loggers that will pass an ARCSA inspection. Could you send us a proposal within the next two weeks?",
  "SQL","P2","fit A (pharma distribution, 380, Ecuador, 2-8 °C distribution + monitoring: two services); Director = DIRECTOR, decision maker; asks a proposal inside two weeks: HIGH -> SQL P2")
L("u004","es","influencer","Jorge Villamar Suárez","jvillamar@langostinosdelgolfo.com.ec","Jefe de Aseguramiento de Calidad","Langostinos del Golfo C.A.","Acuacultura / empacadora","Guayaquil, Ecuador",300,
  "URGENTE: ayer el transportista nos entrego un contenedor a -9 °C cuando debia ir a -18 y el cliente en China nos lo rechazo. El viernes tenemos otro embarque y no queremos arriesgarlo, necesitamos transporte con monitoreo de temperatura para esta semana.",
  "MQL","P3","fit A (shrimp packer, 300, Ecuador, refrigerated transport + monitoring); urgente + a shipment this week: CRITICAL; but quality (aseguramiento de calidad) is not technology, purchasing nor a frioandes buyerArea, so a Jefe there is INFLUENCER; with no one who decides, §6 rule 4 gives MQL P3")
L("u005","es","influencer","Karen Mite Bajaña","kmite@lacteoslacosta.com.ec","Analista de Cadena de Suministro","Lácteos La Costa S.A.","Lácteos","Guayaquil, Ecuador",520,
  "Buenas tardes, me pidieron cotizar la distribucion diaria de yogurt y quesos a 45 supermercados de Guayaquil y Samborondon en camion refrigerado. Podrian enviarme tarifas por ruta?",
  "MQL","P3","fit A (dairy, 520, Ecuador, refrigerated distribution); quote request: HIGH; an Analista is USER even inside the cadena de suministro buyerArea (buyerAreas lift managers only, §1) -> not a decision maker -> MQL P3")
L("u006","es","negation","Patricio Andrango","pandrango@rosasdecayambe.com","Gerente de Compras","Rosas de Cayambe Cía. Ltda.","Floricultura de exportación","Cayambe, Ecuador",310,
  "No es urgente, pero si necesito la cotizacion formal del transporte refrigerado de cajas de rosas desde la finca hasta el aeropuerto de Tababela, tres veces por semana, para presentarla al directorio.",
  "SQL","P2","the negated urgency ('no es urgente') can never be CRITICAL (§3), while the quote request itself is HIGH; Gerente de Compras = purchasing manager, BUSINESS_DECISION_MAKER; fit A (floriculture, 310, Ecuador, flowers to airport) -> SQL P2")
L("u007","es","small-business","Segundo Tomalá","camaronera.tomala@gmail.com","Propietario","Camaronera San Pedro","Acuacultura (camarón)","Santa Rosa, El Oro, Ecuador",30,
  "buenas, tengo una camaronera de 120 hectareas, somos 30 trabajadores. la pesca es a fin de mes y quiero mandar el camaron directo a la empacadora en Machala en carro refrigerado, no en volqueta con hielo como siempre. cuanto me sale el viaje? gracias",
  "SQL","P2","fit B: aquaculture, Ecuador and the need (refrigerated shrimp transport) are strong, only size is weak (30 workers); gmail costs a little data quality (§5) and does not change fit; Propietario = C_LEVEL; price for a harvest at month end: HIGH -> SQL P2",
  phone="+593 98 771 2046")
L("u008","es","unusual-words","Lorena Pacheco Icaza","lpacheco@supermercadoselahorro.ec","Gerente General","Supermercados El Ahorro","Supermercados","Babahoyo, Ecuador",600,
  "Queremos que el pollo, los helados y los embutidos lleguen a los 12 locales igual de fríos que salen de la bodega. El camión que tenemos ya está viejo y no queremos seguir invirtiendo en él. ¿Nos pueden visitar y darnos un precio mensual?",
  "SQL","P2","refrigerated distribution asked in everyday words ('que lleguen igual de fríos'); no failure now (an old truck they want to stop using); fit A (supermarket chain, 12 stores, 600, Ecuador); Gerente General = C_LEVEL; visit + price: HIGH -> SQL P2")
L("u009","es","conditional","Dra. Verónica Salazar","vsalazar@laboratoriosbiomed.com.ec","Directora de Operaciones","Laboratorios BioMed Ecuador","Farmacéutica","Quito, Ecuador",450,
  "Si en una inspección de ARCSA nos encontraran sin registros de temperatura del transporte, nos podrían suspender el permiso de funcionamiento. No ha pasado, pero preferimos prevenir. ¿Nos envían este mes una propuesta de transporte 2-8 °C con data loggers y reportes por viaje?",
  "SQL","P2","'si nos encontraran' is hypothetical and 'no ha pasado' confirms nothing happened: not CRITICAL; a asks a proposal this month: HIGH; a Directora of any area is a DIRECTOR and decides; fit A (pharma, 450, Ecuador, two services) -> SQL P2")
L("u010","es","today-deadline","Ing. Bolívar Quimí","bquimi@bananeraelcisne.com.ec","Coordinador de Exportaciones","Bananera El Cisne S.A.","Exportación de banano","Naranjal, Ecuador",280,
  "Hoy a las 16h00 cierra el stacking en Posorja y el transportista nos falló a última hora. Necesitamos 3 cabezales con genset para sacar contenedores de la hacienda hoy mismo, pagamos lo que sea. Mi número: 0987 554 120",
  "SQL","P1","a real same-day deadline (stacking closes today 16h00, trucks needed today): CRITICAL (§3); Coordinador = MANAGER in the exportaciones buyerArea -> BUSINESS_DECISION_MAKER; fit A (banana exporter, 280, Ecuador, reefer haulage) -> SQL P1",
  phone="0987 554 120", source="chat")
L("u011","es","today-nowadays","Fabián Orellana","forellana@lacteossanandres.ec","Gerente de Logística","Lácteos San Andrés","Lácteos","Cuenca, Ecuador",390,
  "Hoy por hoy distribuimos con camiones propios y la verdad nos va bien. Para el próximo año la gerencia quiere analizar si conviene tercerizar. Cuando tengan un brochure con sus servicios me lo hacen llegar, por favor.",
  "NURTURE","P4","'hoy por hoy' is 'these days', no deadline; next year + brochure: LOW (§3); fit A (dairy, 390, Ecuador) a decision maker via buyerAreas, yet urgency LOW -> NURTURE P4 (§6 rule 5)")
L("u012","en","other-urgency","Rachel Moncayo","rmoncayo@tropicalfruitsexport.com","Logistics Manager","Tropical Fruits Export S.A.","Fruit export (mango, pitahaya)","Guayaquil, Ecuador",220,
  "We're swamped this week with our GlobalG.A.P. audit, so no rush on this at all. At some point next year we may look at outsourcing our reefer haulage to the port. Please keep us on your mailing list.",
  "NURTURE","P4","the week's pressure is an audit, not the seller's service; the transport itself is 'next year', 'no rush', a mailing list: LOW (§3); fit A (fruit export, 220, Ecuador) -> NURTURE P4")
L("u013","es","past-incident","Rodrigo Paredes Vera","rparedes@alimentoselvalle.com.ec","Jefe de Cadena de Suministro","Alimentos El Valle","Alimentos procesados / congelados","Quito, Ecuador",700,
  "En 2023 perdimos un despacho de congelados por una falla de frío del transportista de ese entonces. Cambiamos de proveedor y desde entonces no hemos tenido novedades. Solo quisiera tener información de ustedes como alternativa, sin apuro.",
  "NURTURE","P4","the cold failure is a past incident already fixed ('desde entonces no hemos tenido novedades'); information only, 'sin apuro': LOW; fit A (food processing, 700, Ecuador) -> NURTURE P4")
L("u014","en","evaluating","Michael Trent","mtrent@pacificbluesshrimp.com","VP Operations","Pacific Blues Shrimp Ecuador","Aquaculture and seafood processing","Guayaquil, Ecuador",900,
  "Our volumes are growing and we're evaluating cold-chain carriers for next quarter, comparing three options. Could you send general info on your fleet size and how you monitor temperature?",
  "MQL","P3","evaluating + next quarter: MEDIUM; general info is not a quote, call or demo, so not HIGH (§3); VP = DIRECTOR, decision maker still evaluating; fit A (shrimp, 900, Ecuador) -> MQL P3 (§6 rule 4)")
L("u015","es","exploration","Andrea Chiriboga","achiriboga@andesgreenexport.ec","Gerente de Exportaciones","Andes Green Export","Exportación de brócoli y frutas congeladas","Latacunga, Ecuador",180,
  "Buenos días, me gustaría conocer un poco más de sus servicios. Por ahora solo estamos explorando opciones, sin ningún apuro ni fecha definida. Gracias.",
  "NURTURE","P4","polite exploration, 'sin ningún apuro ni fecha': LOW; fit A (frozen vegetables export, 180, Ecuador); decision maker via buyerAreas, yet urgency LOW -> NURTURE P4")
L("u016","en","fit-c","Brian Castellanos","brian@seabridgeimports.com","Owner","SeaBridge Imports LLC","Seafood import","Miami, United States",12,
  "Hi, we import frozen shrimp from Ecuador and our packer asked us to arrange the trucking from their plant to Guayaquil port ourselves starting next month. We're a 12-person company. Can you quote per container?",
  "NURTURE","P4","industry (seafood) and need (shrimp to port) are good, but size (12) and location (United States, outside targetCountries Ecuador) are weak: two weak = fit C (§2), so NURTURE P4 (§6 rule 5) whatever the urgency or role")
L("u017","pt","fit-c","Renata Figueiredo","renata@medfriodistribuidora.com.br","Sócia-diretora","MedFrio Distribuidora de Medicamentos","Distribuição farmacêutica","Campinas, Brasil",20,
  "Olá, somos uma distribuidora pequena de medicamentos em Campinas (20 pessoas) e procuramos transportadora refrigerada 2-8 °C para entregas no interior de São Paulo. Vocês atendem essa região?",
  "NURTURE","P4","asks what the seller sells (2-8 °C pharma transport) in its industry, but small (20) and in Brazil, outside targetCountries: two weak = fit C -> NURTURE P4 (§6 rule 5)")
L("u018","pt","buyer","Luciana Prado Menezes","lprado@vitalispharma.com.ec","Diretora de Supply Chain","Vitalis Pharma Ecuador S.A.","Farmacêutica","Guayaquil, Equador",300,
  "Boa tarde. A partir do mês que vem assumimos diretamente a distribuição no Equador (antes era feita pelo distribuidor). Precisamos de uma proposta para transporte 2-8 °C Guayaquil–Quito–Cuenca com registradores de temperatura e relatório por viagem.\n\nAtenciosamente,\nLuciana Prado\nDiretora de Supply Chain",
  "SQL","P2","fit A (pharma subsidiary in Guayaquil, 300, Ecuador, 2-8 °C + trip reports); Diretora = DIRECTOR, decision maker; proposal for next month: HIGH -> SQL P2")
L("u019","en","influencer","Daniela Ortega","dortega@farmagenandina.com.ec","Quality Assurance Specialist","Farmagen Andina","Pharmaceutical manufacturing","Quito, Ecuador",350,
  "Our current carrier's trucks failed the temperature mapping yesterday and we have a vaccine batch that must reach Guayaquil tomorrow. We urgently need a qualified reefer.",
  "MQL","P3","fit A (pharma, 350, Ecuador, qualified 2-8 °C transport); urgently + tomorrow: CRITICAL; a Specialist is TECHNICAL, so roleType INFLUENCER (§1) -> MQL P3")
L("u020","es","buyer-area","Ximena Burbano","xburbano@costafresca.com.ec","Gerente de Cadena de Suministro","Comercial Costa Fresca S.A.","Cadena de supermercados","Guayaquil, Ecuador",2100,
  "La gerencia aprobó el presupuesto para tercerizar la distribución de congelados a nuestros 30 locales de la Costa. Queremos agendar una reunión con ustedes la próxima semana para revisar rutas y tarifas.",
  "SQL","P2","fit A (supermarket chain, 2100, 30 stores, Ecuador, refrigerated distribution); Gerente de Cadena de Suministro = MANAGER in a buyerArea -> BUSINESS_DECISION_MAKER; approved budget + meeting next week: HIGH -> SQL P2")
L("u021","es","too-little","Stalin Macías","smacias@bananerasunidas.com.ec","Jefe de Logística","Bananeras Unidas del Litoral","Exportación de banano","Quevedo, Ecuador",800,
  "info",
  "REVIEW","P3","'info' says nothing about a need; the good title and company do not state one either (§6 rule 2) -> REVIEW P3",
  phone="+593 5 275 0193")
L("u022","es","fit-b","Julio César Zapata","jzapata@langosteraditumbes.pe","Gerente General","Langostinera Tumbes S.A.C.","Acuicultura y empacadora de langostino","Tumbes, Perú",300,
  "Buenas tardes. Exportamos langostino por Guayaquil porque nos queda más cerca que Paita. Necesitamos cotización de transporte congelado desde nuestra planta en Zarumilla hasta el puerto de Guayaquil, unos 8 contenedores al mes.",
  "SQL","P2","fit B: aquaculture, size (300) and the need (frozen seafood to Guayaquil port) are strong, only location (Peru, outside targetCountries) is weak (§2); Gerente General = C_LEVEL; quote: HIGH -> SQL P2")
L("u023","es","job-seeker","Franklin Jama","franklinjama1988@hotmail.com","Chofer profesional",None,None,"Durán, Ecuador",None,
  "Buenas, soy chofer profesional con licencia tipo E y 8 años manejando trailers refrigerados a Posorja y Machala. Quisiera saber si estan contratando, tengo disponibilidad inmediata.",
  "DISQUALIFIED","P4","a job seeker (a driver asking for work) -> not a buyer, §6 rule 1; 'disponibilidad inmediata' is about his availability, not a need")
L("u024","en","job-seeker","Camila Reinoso","camila.reinoso.log@gmail.com","Logistics Engineering graduate",None,None,"Guayaquil, Ecuador",None,
  "Hi! I just graduated in logistics engineering and I'm very interested in cold chain. Attached is my CV in case you have any opening in operations or temperature monitoring.",
  "DISQUALIFIED","P4","a job seeker sending a CV -> §6 rule 1")
L("u025","es","vendor-pitch","Hernán Tamayo","htamayo@refripartsecuador.com","Asesor Comercial","RefriParts Ecuador","Repuestos y servicio técnico de refrigeración","Durán, Ecuador",35,
  "Estimados señores: somos distribuidores autorizados de repuestos para equipos de refrigeración de transporte y contamos con taller en Durán. Tenemos compresores y controladores en stock. ¿Con quién puedo coordinar una visita para presentar nuestro portafolio?",
  "DISQUALIFIED","P4","a parts and repair vendor pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u026","en","vendor-pitch","Aaron Whitfield","aaron@coldtrace.io","Business Development Manager","ColdTrace","IoT / temperature monitoring","Austin, United States",60,
  "Hi FríoAndes team - our Bluetooth temperature loggers cost about 40% less than the big brands and upload straight to a cloud dashboard. Happy to send 20 units for a free pilot on your trucks. Open to a 15-min call?",
  "DISQUALIFIED","P4","a device vendor pitching to the seller (its 'call' is a sales call, not a need) -> §6 rule 1")
L("u027","pt","vendor-pitch","Sérgio Lunardi","sergio.lunardi@baufrigosul.com.br","Gerente de Exportação","BauFrigo Sul Implementos Rodoviários","Fabricação de implementos","Caxias do Sul, Brasil",400,
  "Prezados, fabricamos baús frigoríficos e semirreboques e estamos abrindo representação no Equador. Gostaríamos de apresentar nossa linha para a próxima renovação da frota de vocês, com financiamento do BNDES para exportação.",
  "DISQUALIFIED","P4","a truck-body maker pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u028","es","vendor-pitch","Dayana Villacís","dayana@impulsaseo.ec","Ejecutiva de Cuentas","Impulsa SEO Agencia Digital","Marketing digital","Quito, Ecuador",12,
  "Hola!! Buscamos 'transporte refrigerado Guayaquil' en Google y ustedes no aparecen en la primera página 😬 Les hacemos una auditoría SEO gratis y les mostramos cómo captar más exportadores. ¿Les interesa?",
  "DISQUALIFIED","P4","a marketing agency pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u029","pt","partner","Thiago Benevides","thiago@atlanticoforwarding.com.br","Diretor Comercial","Atlântico Forwarding","Agenciamento de cargas","Santos, Brasil",45,
  "Olá! Somos agentes de carga com clientes que importam camarão e banana do Equador. Propomos uma aliança: indicamos esses clientes para vocês fazerem o transporte terrestre e recebemos uma comissão por contêiner. Podemos conversar?",
  "DISQUALIFIED","P4","a forwarder proposing a referral-for-commission alliance: a partner, not a buyer of the service -> §6 rule 1")
L("u030","en","partner","Natalie Brooks","nbrooks@reeferlinkbrokers.com","Partnerships Lead","ReeferLink Brokers","Freight brokerage","Houston, United States",25,
  "We run a digital reefer brokerage and would like to resell your trucking capacity in Ecuador under our brand, with a margin for us on each load. Let me know if you're open to a white-label agreement.",
  "DISQUALIFIED","P4","a broker wanting to resell the seller's capacity (white label): reseller / partner, not a buyer -> §6 rule 1")
L("u031","es","competitor","Paola Zambrano","pzambrano@refrigeradosdelpacifico.com.ec","Ejecutiva Comercial","Refrigerados del Pacífico","Transporte refrigerado","Guayaquil, Ecuador",150,
  "Buenas, quisiera saber qué tarifa manejan por viaje Machala–Guayaquil con contenedor de 40' reefer y si el genset lo cobran aparte.",
  "DISQUALIFIED","P4","competitor domain (refrigeradosdelpacifico.com.ec in competitorDomains) asking prices -> §6 rule 1")
L("u032","es","personal","Mariuxi Tenorio","mariuxi.t@hotmail.es",None,None,None,"Guayaquil, Ecuador",None,
  "hola q tal, quiero mandar unos mariscos congelados y una torta a mi familia en Cuenca para el feriado, cuanto me cobran? es poquito nomas, como 2 cooler",
  "DISQUALIFIED","P4","a private person sending two coolers to her family: personal use, fit D -> §6 rule 1")
L("u033","en","student","Jonas Weber","jonas.weber@stud.uni-hamburg.de","Master's student",None,None,"Hamburg, Germany",None,
  "Dear FríoAndes, I'm writing my master's thesis on post-harvest losses in Ecuadorian banana exports and would love to interview someone from your operations team for 30 minutes.",
  "DISQUALIFIED","P4","a student, thesis -> §6 rule 1")
L("u034","es","spam","Crédito Ya","aprobado@creditoya-rapido.xyz",None,None,None,None,None,
  "PRÉSTAMOS INMEDIATOS SIN BURÓ!!! Aprobación en 10 minutos, solo con tu cédula. Escríbenos al WhatsApp y recibe el dinero HOY.",
  "DISQUALIFIED","P4","spam (a loan ad; its 'HOY' is not a need) -> §6 rule 1")
L("u035","es","invalid-email","Gustavo Intriago","logistica@exportadoralapaz","Jefe de Logística","Exportadora La Paz","Exportación de banano","Machala, Ecuador",350,
  "Necesito cotización de acarreo de 20 contenedores reefer semanales a Puerto Bolívar a partir del próximo mes.",
  "DISQUALIFIED","P4","the email's domain has no dot: INVALID (§1), and an invalid email is DISQUALIFIED by §6 rule 1 whatever the need")
L("u036","en","disposable-email","Kevin Lopez","kev.quote@mailinator.com","Operations","Shrimp Co","Seafood","Guayaquil, Ecuador",None,
  "Need quote 10 reefer trips to Posorja next week",
  "DISQUALIFIED","P4","mailinator is a DISPOSABLE provider (§1) -> §6 rule 1")
L("u037","pt","job-seeker","Anderson Lima","andersonlima.motorista@gmail.com","Motorista carreteiro",None,None,"Guayaquil, Equador",None,
  "Boa tarde, sou motorista brasileiro morando em Guayaquil, tenho experiência com carreta frigorífica no Brasil. Vocês estão precisando de motorista? Posso começar já.",
  "DISQUALIFIED","P4","a job seeker (a driver offering himself; 'posso começar já' is his availability) -> §6 rule 1")

# ---------------------------------------------------------------- sentinela: Brazilian cybersecurity MSSP
seller("sentinela")
L("u038","pt","buyer","Marcelo Bastos Ferraz","mferraz@hospitalsantaluzia.org.br","Diretor de TI","Rede Hospitalar Santa Luzia","Saúde / hospitais","Ribeirão Preto, Brasil",1200,
  "Fomos atacados por ransomware esta madrugada. Os servidores do prontuário eletrônico e do faturamento estão criptografados e o pronto-socorro está funcionando no papel. Precisamos de resposta a incidentes agora, por favor liguem no meu celular.",
  "SQL","P1","fit A (hospital network, 1200, Brazil, incident response); Diretor de TI = DIRECTOR in technology -> TECH_DECISION_MAKER; ransomware now, systems down: CRITICAL (§3) -> SQL P1",
  phone="(16) 99123-4410", source="web_form")
L("u039","pt","buyer","Fernanda Kobayashi","fernanda.k@pagrapido.com.br","CISO","PagRápido Instituição de Pagamento","Fintech / meios de pagamento","São Paulo, Brasil",260,
  "Olá, o conselho aprovou o orçamento para contratarmos SOC 24x7 com SIEM e MDR. Hoje não temos ninguém olhando alertas à noite. Podem enviar uma proposta?",
  "SQL","P2","fit A (fintech, 260, Brazil, SOC + MDR); CISO = C_LEVEL tech decision maker; approved budget + proposal: HIGH; 'hoje' here means nowadays, not a deadline -> SQL P2")
L("u040","pt","buyer-area","Rogério Albuquerque","ralbuquerque@segurosprevidencia.com.br","Gerente de Compliance","Previdência Segura Corretora de Seguros","Seguros","Belo Horizonte, Brasil",420,
  "Bom dia. Precisamos estruturar a adequação à LGPD (mapeamento de dados e RIPD) e contratar um DPO terceirizado. Gostaria de uma reunião na próxima semana para entender o escopo e os valores.",
  "SQL","P2","fit A (insurance, 420, Brazil, LGPD + DPO as a service); Gerente de Compliance = MANAGER in a sentinela buyerArea -> BUSINESS_DECISION_MAKER (§1); meeting next week: HIGH -> SQL P2")
L("u041","pt","buyer-area","Camila Teixeira Duarte","camila.duarte@lojasventura.com.br","Coordenadora Jurídica","Lojas Ventura S.A.","Varejo de moda","Curitiba, Brasil",900,
  "Recebemos um ofício da ANPD pedindo o registro das operações de tratamento de dados dos clientes e o prazo vence nesta sexta-feira. Não temos isso pronto. Preciso de apoio urgente de uma consultoria LGPD.\n\nCamila Duarte\nCoordenadora Jurídica – Lojas Ventura",
  "SQL","P1","fit A (fashion retail, 900, Brazil, LGPD); Coordenadora = MANAGER in the jurídico buyerArea -> BUSINESS_DECISION_MAKER; regulator deadline this Friday + urgente about the LGPD need: CRITICAL -> SQL P1")
L("u042","pt","influencer","Lucas Ramires","lucas.ramires@translogsul.com.br","Analista de Infraestrutura","TransLog Sul Transportes","Logística e transporte","Porto Alegre, Brasil",650,
  "ontem de madrugada uma conta de administrador foi usada de um IP da Rússia e o firewall não para de registrar tentativa de acesso. meu gestor pediu pra cotar um SOC com urgência",
  "MQL","P3","fit A (logistics, 650, Brazil, SOC); a possible intrusion now + urgência: CRITICAL; an Analista is USER -> nobody deciding, so MQL P3 (§6 rule 4)")
L("u043","pt","influencer","Bruna Sallet","bruna.sallet@metalurgicavanzo.com.br","Especialista em Segurança da Informação","Metalúrgica Vanzo","Indústria metalúrgica","Joinville, Brasil",700,
  "Um cliente automotivo vai nos auditar em dois meses e exige pentest externo e interno com reteste. Gostaria de uma cotação para os dois escopos.",
  "MQL","P3","fit A (manufacturing, 700, Brazil, pentest); a quote: HIGH; a Specialist is TECHNICAL -> INFLUENCER, even in security (only C-level/director/manager in technology decide, §1) -> MQL P3")
L("u044","pt","influencer","Eduardo Nogueira","eduardo.nogueira@colegiosaurora.com.br","Gerente Financeiro","Rede de Colégios Aurora","Educação","Recife, Brasil",800,
  "A seguradora do nosso seguro cibernético exige SOC 24x7 e um pentest anual para renovar a apólice no mês que vem. Preciso de proposta com os dois serviços para levar à diretoria.",
  "MQL","P3","fit A (school network, 800, Brazil, SOC + pentest); proposal for next month: HIGH; finance is not technology, purchasing nor a sentinela buyerArea, so a Gerente Financeiro is INFLUENCER -> MQL P3")
L("u045","pt","negation","Paulo Henrique Zanella","phzanella@coopervaleuruguai.com.br","Gerente de TI","Cooperativa Agroindustrial Vale do Uruguai","Agronegócio / cooperativa","Chapecó, Brasil",600,
  "Não é urgente, mas preciso de orçamento de pentest na aplicação web e no app do cooperado para colocar no planejamento.",
  "SQL","P2","the negated urgency ('não é urgente') can never be CRITICAL (§3), while the quote request itself is HIGH; Gerente de TI = TECH_DECISION_MAKER; fit A (agribusiness coop, 600, Brazil, pentest) -> SQL P2")
L("u046","pt","small-business","Dr. Ricardo Tavares","clinicaimagemtavares@gmail.com","Sócio-proprietário","Clínica de Imagem Tavares","Saúde / diagnóstico por imagem","Uberlândia, Brasil",40,
  "boa tarde, sou dono de uma clinica de imagem com 40 funcionarios. o sistema de laudos tem dado de paciente e eu não sei se estamos dentro da LGPD, um paciente ja perguntou. me passa um orçamento de adequação?",
  "SQL","P2","fit B: healthcare, Brazil and need (LGPD) are strong, size (40) is weak; gmail costs a little data quality (§5) and does not change fit; Sócio-proprietário = owner, C_LEVEL; orçamento: HIGH -> SQL P2",
  phone="34 99876-1203")
L("u047","pt","unusual-words","Sandra Mirelles","sandra@casaforteacabamentos.com.br","Diretora Administrativa","Casa Forte Materiais de Construção","Varejo de materiais de construção","Goiânia, Brasil",350,
  "Queria alguém que ficasse de olho nos nossos computadores dia e noite e avisasse se algum hacker tentar entrar. E também que alguém de fora tentasse invadir de propósito pra ver onde estamos fracos. Podem me ligar pra explicar como funciona e quanto custa?",
  "SQL","P2","SOC 24x7 and pentest in everyday words ('de olho dia e noite', 'tentasse invadir de propósito'); fit A (retail, 350, Brazil, two services); Diretora = DIRECTOR; a call and a price: HIGH -> SQL P2")
L("u048","pt","conditional","Vinícius Portela","vportela@lojaclick.com.br","Gerente de Infraestrutura","LojaClick Comércio Eletrônico","E-commerce","Barueri, Brasil",350,
  "Se o site cair na Black Friday por um ataque DDoS ou algo assim, perdemos o ano. Hoje está tudo funcionando, mas queremos uma proposta de monitoramento 24x7 ainda este mês.",
  "SQL","P2","'se o site cair' is conditional and 'hoje está tudo funcionando': no incident now; proposal this month: HIGH; Gerente de Infraestrutura = TECH_DECISION_MAKER; fit A (e-commerce, 350, Brazil, SOC) -> SQL P2")
L("u049","pt","today-nowadays","Jefferson Amaral","jefferson.amaral@grupoeducarmais.com.br","Coordenador de TI","Grupo Educar Mais","Educação","Salvador, Brasil",500,
  "Hoje em dia a segurança é feita por dois técnicos nossos e está dando conta. Talvez no ano que vem a gente pense em terceirizar com um SOC. Podem mandar um material?",
  "NURTURE","P4","'hoje em dia' means nowadays; maybe next year + material: LOW (§3); Coordenador de TI is a tech decision maker and fit is A (education, 500, Brazil), but LOW -> NURTURE P4")
L("u050","pt","today-deadline","Aline Furtado","aline.furtado@credfacil.com.br","Gerente de Segurança da Informação","CredFácil Fintech","Fintech / crédito","Florianópolis, Brasil",200,
  "O banco parceiro só libera a integração se receber o relatório de pentest da nossa API amanhã cedo, e o fornecedor anterior desapareceu. Precisamos começar o teste hoje. Vocês conseguem?",
  "SQL","P1","a real deadline (report tomorrow morning, test must start today): CRITICAL; Gerente de Segurança = MANAGER in security -> TECH_DECISION_MAKER; fit A (fintech, 200, Brazil, pentest) -> SQL P1")
L("u051","pt","other-urgency","Otávio Mendes","otavio.mendes@supermercadospaulista.com.br","Diretor de TI","Supermercados Paulista","Varejo alimentar","Campinas, Brasil",2500,
  "Esta semana estamos 100% focados na virada do ERP, que entra no ar na segunda, então agora não consigo tratar de outro assunto. Para o ano que vem quero entender como funciona o SOC de vocês.",
  "NURTURE","P4","the urgency belongs to an ERP go-live, not to security; the SOC is for next year: LOW (§3); Diretor de TI decision maker, fit A (retail, 2500, Brazil) -> NURTURE P4")
L("u052","pt","past-incident","Cristiane Bortolotto","cbortolotto@plasticosbortolotto.com.br","Gerente de TI","Plásticos Bortolotto","Indústria de plásticos","Caxias do Sul, Brasil",450,
  "Em 2022 sofremos um ransomware, restauramos tudo do backup e desde então não tivemos mais problema. Por ora só quero conhecer os serviços de vocês, sem pressa.",
  "NURTURE","P4","the ransomware is a past incident already solved; 'só conhecer', 'sem pressa': LOW; fit A (manufacturing, 450, Brazil) -> NURTURE P4")
L("u053","pt","evaluating","Diego Matsumoto","diego@tarefaonline.com.br","CTO","TarefaOnline Software","Tecnologia / SaaS","Belo Horizonte, Brasil",150,
  "Estamos avaliando fornecedores de MDR e comparando três alternativas para contratar no próximo trimestre. Quero entender o modelo de vocês.",
  "MQL","P3","evaluating + next quarter: MEDIUM, no quote/call/demo asked; CTO = C_LEVEL decision maker still evaluating; fit A (technology, 150, Brazil, MDR) -> MQL P3 (§6 rule 4)")
L("u054","pt","evaluating","Helena Fagundes","helena.fagundes@credvaleverde.coop.br","Gerente de Gestão de Riscos","Cooperativa de Crédito Vale Verde","Serviços financeiros / cooperativa de crédito","Passo Fundo, Brasil",500,
  "Neste ano queremos estruturar um programa de gestão de vulnerabilidades com testes periódicos. Ainda estamos levantando opções de mercado.",
  "MQL","P3","'neste ano' + still gathering options: MEDIUM; Gerente de Gestão de Riscos = MANAGER in a sentinela buyerArea -> decision maker, but evaluating; fit A (financial services, 500, Brazil, vulnerability management) -> MQL P3")
L("u055","pt","exploration","Marta Quintella","mquintella@saudemaisplanos.com.br","Diretora Jurídica","Saúde Mais Planos de Saúde","Saúde / operadora de planos","Rio de Janeiro, Brasil",1100,
  "Boa tarde! Gostaria apenas de entender melhor como funciona o serviço de DPO as a service, por curiosidade mesmo. Ainda não temos nenhum plano de contratação.",
  "NURTURE","P4","curiosity, no plan: LOW (§3); Diretora decision maker and fit A (health insurer, 1100, Brazil, LGPD) -> NURTURE P4")
L("u056","pt","fit-c","Tiago Carvalho","tiago@bytemar.pt","Sócio-gerente","ByteMar Software","Software house","Lisboa, Portugal",25,
  "Olá, somos uma software house em Lisboa com 25 pessoas e um cliente nosso pede um pentest da aplicação antes de fechar contrato. Fazem orçamento para empresas em Portugal?",
  "NURTURE","P4","technology and the need (pentest) fit, but size (25) and country (Portugal, outside Brazil) are weak: fit C -> NURTURE P4 (§6 rule 5), whatever the quote request")
L("u057","en","buyer","Jennifer Walsh","jwalsh@trucklinkglobal.com","Head of IT Brazil","TruckLink Global Logistics do Brasil","Logistics","São Paulo, Brazil",800,
  "Hi, our global security policy now requires 24x7 SOC coverage for the Brazilian entity before the end of this month, plus an LGPD gap assessment. Please send a proposal covering both.",
  "SQL","P2","fit A (logistics, 800, Brazil, SOC + LGPD); Head of IT = DIRECTOR in technology -> TECH_DECISION_MAKER; proposal, end of this month: HIGH -> SQL P2")
L("u058","en","evaluating","Rahul Menon","rahul.menon@nupayservicos.com.br","Security Engineer","NuPay Serviços Financeiros","Fintech","São Paulo, Brazil",400,
  "We're benchmarking MSSPs for a managed SIEM starting next quarter. I'm collecting information on coverage hours, SLAs and log sources supported.",
  "MQL","P3","benchmarking for next quarter: MEDIUM; an Engineer is TECHNICAL -> INFLUENCER; fit A (fintech, 400, Brazil, SOC) -> MQL P3")
L("u059","es","buyer","Rodrigo Errázuriz","rerrazuriz@tiendaspolar.com.br","Gerente de Sistemas","Tiendas Polar Brasil Ltda.","Retail","São Paulo, Brasil",1300,
  "Hola, somos la filial brasileña de una cadena chilena, con 60 tiendas en Brasil. Necesitamos cotización de SOC 24x7 y respuesta a incidentes; en Chile ya lo tenemos y la casa matriz quiere lo mismo aquí.",
  "SQL","P2","fit A (retail, 1300, São Paulo, SOC + incident response); Gerente de Sistemas = TECH_DECISION_MAKER; quote: HIGH -> SQL P2")
L("u060","pt","too-little","Gustavo Pimentel","gpimentel@hospitalsaovicente.org.br","Gerente de TI","Hospital São Vicente","Saúde","Jundiaí, Brasil",900,
  "Oi, tudo bem?",
  "REVIEW","P3","only a greeting, no need stated to judge (§6 rule 2) -> REVIEW P3")
L("u061","pt","personal","Bianca Moura","biancamoura.foto@gmail.com",None,None,None,"Santos, Brasil",None,
  "socorro meu instagram foi hackeado e o cara ta pedindo pix pros meus seguidores!!! vcs conseguem recuperar hoje??",
  "DISQUALIFIED","P4","a private person's own social account: personal use, fit D -> §6 rule 1 (her urgency does not make her a buyer)")
L("u062","pt","job-seeker","Matheus Reis","matheus.reis.sec@outlook.com","Analista de SOC Júnior",None,None,"Campinas, Brasil",None,
  "Olá! Tenho certificação Security+ e um ano de experiência com Splunk. Tenho disponibilidade para o turno da noite. Vocês estão com alguma vaga aberta?",
  "DISQUALIFIED","P4","a job seeker -> §6 rule 1")
L("u063","pt","job-seeker","Yasmin Okada","yasmin.okada@proton.me","Pentester",None,None,"São Paulo, Brasil",None,
  "Fala pessoal, sou pentester (OSCP) e participo de programas de bug bounty. Acompanho o blog de vocês há tempos e queria muito entrar pro time. Segue meu LinkedIn e GitHub.",
  "DISQUALIFIED","P4","a job seeker (offering herself to the team) -> §6 rule 1")
L("u064","pt","vendor-pitch","Alexandre Cunha","acunha@logsentry.com.br","Executivo de Canais","LogSentry Distribuidora","Distribuição de software","São Paulo, Brasil",40,
  "Prezados, distribuímos uma plataforma SIEM com licenciamento por EPS até 35% mais barato que o líder de mercado e temos condições especiais para MSSPs. Posso agendar uma apresentação técnica?",
  "DISQUALIFIED","P4","a software distributor pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u065","pt","vendor-pitch","Priscila Damasceno","priscila@cyberhunters.rh.br","Headhunter","CyberHunters Recrutamento","Recrutamento","São Paulo, Brasil",10,
  "Oi! Somos uma consultoria de recrutamento só de cibersegurança. Preenchemos vagas de analista de SOC em até 15 dias e só cobramos na contratação. Posso te mandar nossa proposta?",
  "DISQUALIFIED","P4","a recruitment agency pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u066","en","vendor-pitch","Connor Hayes","connor@pipelinebooster.co","Growth Partner","PipelineBooster","Lead generation","Dublin, Ireland",15,
  "Hey there, we book 20+ qualified meetings a month with CFOs and IT heads for MSSPs like Sentinela. Pay per meeting, no retainer. Worth a quick chat this week?",
  "DISQUALIFIED","P4","a lead-generation agency pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u067","pt","vendor-pitch","Rafael Guedes","rguedes@datacampinas.com.br","Gerente Comercial","DataCampinas Colocation","Data center","Campinas, Brasil",80,
  "Boa tarde. Vi que o SOC de vocês fica em Campinas. Temos espaço em rack no nosso data center Tier III a 10 km daí, com link redundante. Posso passar uma proposta de colocation?",
  "DISQUALIFIED","P4","a data-centre provider pitching to the seller (its 'proposta' is an offer to us) -> §6 rule 1")
L("u068","pt","partner","Leonardo Brum","leonardo@goiastech.com.br","Sócio","Goiás Tech Revenda de TI","Revenda de TI","Goiânia, Brasil",18,
  "Somos revenda de TI em Goiânia e queremos revender o SOC de vocês com a nossa marca (white label). Quanto fica a margem para revendedor?",
  "DISQUALIFIED","P4","a reseller wanting to resell the service: partner, not a buyer -> §6 rule 1")
L("u069","pt","competitor","Jéssica Araújo","jessica.araujo@escudodigital.com.br","Analista Comercial","Escudo Digital","Segurança da informação","São Paulo, Brasil",120,
  "Oi, qual o valor por ativo monitorado no SOC de vocês e quantos analistas ficam por turno?",
  "DISQUALIFIED","P4","competitor domain (escudodigital.com.br in competitorDomains) fishing for prices -> §6 rule 1")
L("u070","pt","student","Gabriel Freitas","gabriel.freitas@aluno.unicamp.br","Estudante de Ciência da Computação",None,None,"Campinas, Brasil",None,
  "Olá, estou fazendo meu TCC sobre a adequação de pequenas empresas à LGPD e queria conversar uns 20 minutos com alguém da equipe técnica. Pode ser por videochamada!",
  "DISQUALIFIED","P4","a student, TCC (thesis) -> §6 rule 1")
L("u071","en","spam","Lucky Winner Team","claim@prize-center-2025.top",None,None,None,None,None,
  "CONGRATULATIONS!!! Your email was selected to receive an iPhone 16 Pro. Confirm your shipping address within 24 hours to claim your prize >>> bit.ly/claim-now",
  "DISQUALIFIED","P4","spam -> §6 rule 1")
L("u072","pt","test","teste teste","qa@test.com","teste","teste","teste",None,None,
  "teste formulario 123",
  "DISQUALIFIED","P4","test submission with placeholder values; test.com is a reserved domain: INVALID email (§1) -> §6 rule 1")
L("u073","es","vendor-pitch","Martín Iglesias","miglesias@redteamsur.com.ar","Director","RedTeam Sur","Ciberseguridad (servicios de pentest)","Buenos Aires, Argentina",20,
  "Hola equipo de Sentinela, somos un equipo de pentesters en Argentina y ofrecemos capacidad tercerizada para MSSPs: ustedes venden el proyecto y nosotros lo ejecutamos a precio por hora en dólares. ¿Les sirve una llamada?",
  "DISQUALIFIED","P4","a subcontractor offering its services to the seller: a vendor selling to us -> §6 rule 1")
L("u074","es","job-seeker","Valentina Ríos","valenrios.cyber@gmail.com","Analista de ciberseguridad",None,None,"Medellín, Colombia",None,
  "Buenas! Soy colombiana, hablo portugués y tengo experiencia en un SOC en Medellín. Me interesaría trabajar remoto con ustedes, ¿reciben hojas de vida de extranjeros?",
  "DISQUALIFIED","P4","a job seeker -> §6 rule 1")
L("u075","en","too-little","Eric Lindqvist","eric.lindqvist@fintrackbr.com","IT Manager","FinTrack Brasil","Fintech","Florianópolis, Brazil",220,
  "N/A",
  "REVIEW","P3","the description is the placeholder 'N/A' and no other field states a need; the rest of the form is complete, so data quality stays above POOR (§5) -> REVIEW P3 (§6 rule 2)")

# ---------------------------------------------------------------- arrendamx: Mexican corporate fleet leasing
seller("arrendamx")
L("u076","es","buyer","C.P. Arturo Mondragón Leyva","amondragon@laboratoriosvitafarma.com.mx","Director de Administración y Finanzas","Laboratorios Vitafarma S.A. de C.V.","Farmacéutica","Ciudad de México, México",900,
  "Buenos días. Tenemos 120 representantes médicos que usan su auto propio y les reembolsamos gasolina y desgaste; queremos pasar a arrendamiento puro con mantenimiento y seguro incluidos. Solicito propuesta para 120 sedanes a 36 meses.\n\nAtentamente,\nC.P. Arturo Mondragón\nDirector de Administración y Finanzas",
  "SQL","P2","fit A (pharma with sales force, 900, Mexico, car leasing + maintenance/insurance: two services); Director = DIRECTOR decision maker; proposal: HIGH -> SQL P2")
L("u077","es","buyer-area","Ing. Ramiro Castañeda","rcastaneda@constructoraprisma.com.mx","Gerente de Flotilla","Constructora Prisma del Norte","Construcción","Monterrey, México",1500,
  "Urgente: el 30 de este mes se nos vencen los contratos de 80 pickups doble cabina y la arrendadora actual no quiso renovar. Necesito cotización cuanto antes para no dejar las obras sin unidades.",
  "SQL","P1","fit A (construction, 1500, Mexico, pickup leasing); Gerente de Flotilla = MANAGER in an arrendamx buyerArea -> BUSINESS_DECISION_MAKER; urgente / cuanto antes about the concrete need: CRITICAL -> SQL P1",
  phone="81 1934 5520")
L("u078","es","buyer-area","Lic. Gabriela Ortiz Lara","gortiz@conectatelecom.com.mx","Jefa de Servicios Generales","Conecta Telecomunicaciones","Telecomunicaciones","Guadalajara, México",2000,
  "Necesitamos 25 autos para gerentes regionales y 15 vans para los técnicos de instalación. Nos gustaría una reunión este mes para ver esquemas y plazos.",
  "SQL","P2","fit A (telecom, 2000, Mexico, cars + vans); Jefa de Servicios Generales = MANAGER in a buyerArea -> BUSINESS_DECISION_MAKER; meeting this month: HIGH -> SQL P2")
L("u079","en","buyer","Steven Marlowe","smarlowe@sierraazulmining.com","Fleet Manager","Sierra Azul Mining de México","Mining","Hermosillo, Mexico",700,
  "We need a quote for 40 4x4 double-cab pickups for our mine site in Sonora, including preventive maintenance, insurance and roadside assistance. Units should be fitted with roll bars and beacons.",
  "SQL","P2","fit A (mining, 700, Mexico, pickups + maintenance + assistance); Fleet Manager = MANAGER in the fleet buyerArea -> BUSINESS_DECISION_MAKER; quote: HIGH -> SQL P2")
L("u080","es","influencer","Omar Gutiérrez","ogutierrez@bebidaselbajio.com.mx","Gerente de Ventas","Bebidas y Botanas del Bajío","Consumo masivo / distribución","León, México",400,
  "Mis vendedores andan en sus propios carros y ya se me fueron tres a la competencia porque allá les dan auto. Quiero ver opciones de arrendamiento para 30 compactos, mándenme cotización porfa.",
  "MQL","P3","fit A (consumer goods distribution, 400, Mexico, car leasing); quote: HIGH; sales is not technology, purchasing nor an arrendamx buyerArea, so a Gerente de Ventas is INFLUENCER -> MQL P3")
L("u081","es","influencer","Diana Luévano","dluevano@energiasdelgolfo.com.mx","Analista de Compras","Energías del Golfo S.A. de C.V.","Energía / servicios petroleros","Villahermosa, México",600,
  "Me pidieron cotizar el arrendamiento de 12 pickups 4x4 para la operación en campo en Tabasco, con mantenimiento incluido. ¿Me pueden enviar la propuesta?",
  "MQL","P3","fit A (energy, 600, Mexico, pickups + maintenance); proposal: HIGH; an Analista is USER even in purchasing (only a purchasing MANAGER decides, §1) -> MQL P3")
L("u082","es","influencer","Mónica Sepúlveda","msepulveda@farmaciasgenomex.com.mx","Gerente de Recursos Humanos","Genomex Farmacéutica","Farmacéutica","Toluca, México",300,
  "Queremos dar auto como prestación a 15 gerentes para retener talento. Estamos comparando opciones de arrendamiento para el próximo trimestre.",
  "MQL","P3","comparing options for next quarter: MEDIUM; HR is not a buyerArea -> INFLUENCER; fit A (pharma, 300, Mexico, executive cars) -> MQL P3")
L("u083","es","negation","Hugo Alcántara","halcantara@alimentoslasierra.com.mx","Gerente de Compras","Alimentos La Sierra S.A. de C.V.","Manufactura de alimentos","Puebla, México",800,
  "No hay prisa, pero sí requiero la cotización formal de 20 camionetas de reparto con seguro y mantenimiento a 48 meses para el comparativo de proveedores.",
  "SQL","P2","the negated urgency ('no hay prisa') can never be CRITICAL (§3), while the quote request itself is HIGH; Gerente de Compras = BUSINESS_DECISION_MAKER; fit A (food manufacturing, 800, Mexico, vans + maintenance/insurance) -> SQL P2")
L("u084","es","small-business","Jesús Manuel Inzunza","fertilizantes_inzunza@prodigy.net.mx","Dueño","Fertilizantes y Agroquímicos Inzunza","Distribución de insumos agrícolas","Culiacán, México",35,
  "buen dia, tengo una distribuidora de fertilizantes en culiacan, somos 35. necesito 6 pickups para mis agronomos que andan visitando productores en los campos, me interesa que incluya el mantenimiento porque no tenemos taller. me cotizan?",
  "SQL","P2","fit B: agribusiness distribution, Mexico and need (pickups + maintenance) are strong, size (35) weak; prodigy.net.mx is FREE, a small data-quality cost, not fit; Dueño = C_LEVEL; quote: HIGH -> SQL P2",
  phone="667 713 0428")
L("u085","es","unusual-words","Raúl Villarreal","rvillarreal@controlplagasnoreste.com.mx","Director General","Control de Plagas del Noreste","Servicios de campo / fumigación","Saltillo, México",250,
  "Ya me cansé de comprar camionetas, que se descompongan, andarlas llevando al taller y pagar tenencia y verificación cada año. Quiero pagar una cuota fija al mes y que ustedes se encarguen de todo. Tenemos 30 unidades. ¿Cuándo pueden venir a platicar?",
  "SQL","P2","operating lease with maintenance asked in everyday words ('cuota fija al mes y que ustedes se encarguen de todo'); fit A (field services, 250, 30 units, Mexico); Director General = C_LEVEL; a visit: HIGH -> SQL P2")
L("u086","es","conditional","Alejandra Treviño","atrevino@distribuidoranortena.com.mx","Gerente de Flota","Distribuidora Norteña de Abarrotes","Distribución mayorista","Chihuahua, México",600,
  "Si una camioneta se nos descompone en ruta, perdemos la venta de ese día, por eso nos interesa el servicio de auto sustituto. Ahorita no es emergencia, pero quiero revisar su propuesta en las próximas semanas.",
  "SQL","P2","'si una camioneta se descompone' is conditional and 'no es emergencia': not CRITICAL; proposal in the coming weeks: HIGH; Gerente de Flota = MANAGER in a buyerArea -> decision maker; fit A (distribution, 600, Mexico, substitute vehicle) -> SQL P2")
L("u087","es","today-deadline","Iván Cisneros","icisneros@farmaceuticaaltamira.com.mx","Coordinador de Flotilla","Farmacéutica Altamira","Farmacéutica","Ciudad de México, México",1100,
  "Mañana arrancan 10 vendedores nuevos y la arrendadora que teníamos no entregó las unidades. Necesito 10 autos hoy o mañana a más tardar, aunque sea temporal mientras firmamos el contrato definitivo con ustedes.",
  "SQL","P1","a real deadline (cars needed today or tomorrow): CRITICAL; Coordinador de Flotilla = MANAGER in a buyerArea -> BUSINESS_DECISION_MAKER; fit A (pharma, 1100, Mexico, car leasing) -> SQL P1")
L("u088","es","today-nowadays","Rebeca Olvera","rolvera@autopartesqueretaro.com.mx","Gerente de Servicios Generales","Autopartes Olvera de Querétaro","Manufactura automotriz","Querétaro, México",1200,
  "Hoy en día tenemos 60 autos propios y funcionan bien. La dirección quiere analizar si el arrendamiento nos conviene, pero eso lo veríamos el próximo año. De momento solo me interesa información general.",
  "NURTURE","P4","'hoy en día' = nowadays; next year + general information: LOW (§3); a buyer-area manager at a fit A company (manufacturing, 1200, Mexico), but LOW -> NURTURE P4")
L("u089","es","other-urgency","Ing. Federico Garza","fgarza@edificacionesgarza.com.mx","Director de Operaciones","Edificaciones Garza S.A. de C.V.","Construcción","San Pedro Garza García, México",450,
  "Ahorita estamos con el cierre fiscal y una auditoría urgente esta semana, así que lo de las camionetas lo vemos más adelante, sin fecha. Mándenme información para tenerla a la mano.",
  "NURTURE","P4","the urgency is the fiscal close and audit, not the leasing; the leasing is 'más adelante, sin fecha' + information: LOW; Director decision maker, fit A (construction, 450, Mexico) -> NURTURE P4")
L("u090","es","past-incident","Leticia Barragán","lbarragan@agroexportadoradelvalle.com.mx","Gerente de Flotilla","Agroexportadora del Valle","Agroindustria","Culiacán, México",500,
  "El año pasado se nos accidentaron dos camionetas y el seguro tardó meses en pagar; ya quedó resuelto. Por ahora solo quiero conocer qué cubre el seguro de ustedes, sin urgencia.",
  "NURTURE","P4","the accident and claim are past and resolved; 'solo conocer', 'sin urgencia': LOW; fit A (agribusiness, 500, Mexico) -> NURTURE P4")
L("u091","es","evaluating","Mariana Elizondo","melizondo@productoslafortaleza.com.mx","Directora de Finanzas","Productos La Fortaleza","Bienes de consumo","Monterrey, México",1000,
  "Estamos evaluando arrendamiento contra compra para renovar 70 unidades de la fuerza de ventas este año. Todavía no tomamos una decisión.",
  "MQL","P3","evaluating, 'este año': MEDIUM, no quote/call asked; Directora = DIRECTOR decision maker still evaluating; fit A (consumer goods, 1000, Mexico) -> MQL P3")
L("u092","es","exploration","Alberto Zamudio","azamudio@redcelularpacifico.com.mx","CFO","Red Celular del Pacífico","Telecomunicaciones","Mazatlán, México",300,
  "Buen día, solo quiero conocer cómo funciona su esquema de arrendamiento puro y qué beneficios fiscales tiene. Es meramente informativo.",
  "NURTURE","P4","information only ('meramente informativo'): LOW; CFO decision maker, fit A (telecom, 300, Mexico) -> NURTURE P4")
L("u093","es","fit-c","Byron Estrada","bestrada@servitecgt.com","Gerente General","Servitec Guatemala","Servicios de campo","Ciudad de Guatemala, Guatemala",20,
  "Somos una empresa de 20 personas en Guatemala y queremos rentar 3 pickups con mantenimiento incluido. ¿Tienen operación aquí o solo en México? Nos urge un poco.",
  "NURTURE","P4","industry (field services) and need fit, but size (20, 3 units) and country (Guatemala, outside Mexico) are weak: fit C -> NURTURE P4 whatever the urgency (§6 rule 5)")
L("u094","en","buyer","Daniel Kessler","dkessler@solnorteenergia.com","Chief Operating Officer","SolNorte Energía","Energy (solar EPC)","Monterrey, Mexico",350,
  "We're building three solar parks in Coahuila and need 25 double-cab pickups on site within the next few weeks, maintenance included. Please send us a proposal.",
  "SQL","P2","fit A (energy, 350, Mexico, pickups + maintenance); COO = C_LEVEL; proposal, next few weeks: HIGH -> SQL P2")
L("u095","en","fit-b","Sofia Landeros","slanderos@brightmindsagency.mx","Head of Procurement","BrightMinds Agency","Marketing and advertising agency","Mexico City, Mexico",200,
  "Hi, we'd like to replace the mileage allowance with leased cars for 10 account directors. Can we get a quote this month?",
  "SQL","P2","a marketing agency is not in targetIndustries (weak or at most neutral) while size (200), need and Mexico are strong: fit B (A if read neutral; the stage is the same); Head of = DIRECTOR; quote this month: HIGH -> SQL P2")
L("u096","pt","buyer","Fábio Cardoso Lemos","fabio.lemos@autometalbr.com.mx","Diretor Administrativo","AutoMetal México S. de R.L.","Autopeças / manufatura","Querétaro, México",600,
  "Boa tarde, somos a filial mexicana de uma autopeças brasileira. Vamos receber 30 gerentes, entre expatriados e locais, e precisamos de proposta de arrendamento de 30 SUVs com seguro e manutenção, para começar em uns 45 dias.",
  "SQL","P2","fit A (auto-parts manufacturing, 600, Querétaro, SUVs + insurance/maintenance); Diretor = DIRECTOR; proposal for a start in ~45 days: HIGH -> SQL P2")
L("u097","pt","evaluating","Juliana Martins","juliana.martins@embalagensvitoria.com.mx","Coordenadora de RH","Embalagens Vitória do México","Manufatura de embalagens","Aguascalientes, México",450,
  "Olá! Estamos comparando leasing e compra de carros para os gerentes como benefício. A ideia é decidir ainda este ano.",
  "MQL","P3","comparing options, this year: MEDIUM; a Coordenadora in HR is a MANAGER in HR, which is neither technology, purchasing nor a listed buyerArea -> INFLUENCER; fit A (manufacturing, 450, Mexico) -> MQL P3")
L("u098","es","too-little","Ernesto Villalobos","evillalobos@grupoalimentariosol.com.mx","Jefe de Servicios Generales","Grupo Alimentario Sol","Manufactura de alimentos","Mérida, México",700,
  "👍",
  "REVIEW","P3","a lone emoji, no need stated to judge (§6 rule 2) -> REVIEW P3",
  phone="999 224 6810")
L("u099","es","job-seeker","Rigoberto Salas","rigo.salas.mecanico@gmail.com","Mecánico automotriz",None,None,"Ecatepec, México",None,
  "Buenas tardes, soy mecánico con 12 años en agencias Nissan y Chevrolet. Busco trabajo en su taller de flotillas, tengo herramienta propia.",
  "DISQUALIFIED","P4","a job seeker -> §6 rule 1")
L("u100","en","job-seeker","Tyler Brennan","tyler.brennan.sales@gmail.com","Senior Account Executive",None,None,"Mexico City, Mexico",None,
  "Hi, I'm an American living in CDMX with 8 years selling fleet solutions to corporate clients and a solid book of contacts. I'd love to join your sales team - who should I send my résumé to?",
  "DISQUALIFIED","P4","a job seeker -> §6 rule 1")
L("u101","es","vendor-pitch","Karina Téllez","ktellez@rastreosatelitalmx.com","Ejecutiva de Cuentas Clave","Rastreo Satelital MX","Telemática / GPS","Ciudad de México, México",70,
  "Hola, manejamos rastreo GPS con paro de motor y reportes de manejo. Para arrendadoras como ustedes tenemos precio especial por volumen a partir de 100 equipos. ¿Le puedo agendar una demo?",
  "DISQUALIFIED","P4","a GPS vendor offering a demo of its own product to the seller: vendor, not buyer (§6 rule 1)")
L("u102","es","vendor-pitch","Lalo Ramírez","lavadoexpressflotillas@hotmail.com","Propietario","Lavado Express a Domicilio","Lavado de autos","Naucalpan, México",8,
  "Que tal, lavamos flotillas en sus propias instalaciones, sin agua, y damos factura. Tenemos paquete para empresas de renta de autos. Si gustan les mando precios",
  "DISQUALIFIED","P4","a car-wash business offering its service to the seller -> §6 rule 1")
L("u103","en","vendor-pitch","Priya Raman","priya@leasedeskapp.com","Account Executive","LeaseDesk","Software (SaaS)","Toronto, Canada",120,
  "Hello Arrenda team, LeaseDesk automates lease contracts, monthly CFDI invoicing and residual-value tracking for leasing companies in Mexico. Could I walk you through a 20-minute demo?",
  "DISQUALIFIED","P4","a software vendor pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u104","pt","vendor-pitch","Marcos Pires","marcos.pires@pneusrodabrasil.com.br","Gerente de Exportação","Pneus Roda Brasil","Fabricação de pneus","Camaçari, Brasil",1500,
  "Prezados, somos fabricante de pneus com fábrica na Bahia e queremos fornecer para a frota de arrendamento de vocês no México, com preço de fábrica e entrega em Veracruz.",
  "DISQUALIFIED","P4","a tyre maker pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u105","es","partner","Gilberto Arreola","gilberto.arreola.seguros@gmail.com","Agente independiente de seguros",None,"Seguros","Puebla, México",None,
  "Buenas, soy agente de seguros y tengo varios clientes empresariales que preguntan por arrendamiento. Quiero ser comisionista de ustedes: yo les traigo los clientes y ustedes me pagan un porcentaje por contrato.",
  "DISQUALIFIED","P4","a commission agent proposing to bring clients: a partner / referrer, not a buyer -> §6 rule 1")
L("u106","es","competitor","Araceli Montaño","amontano@flotillaplus.com.mx","Analista Comercial","FlotillaPlus","Arrendamiento de autos","Ciudad de México, México",300,
  "Hola, me pueden compartir su tabla de rentas mensuales para un sedán compacto a 36 meses y el valor residual que manejan?",
  "DISQUALIFIED","P4","competitor domain (flotillaplus.com.mx in competitorDomains) asking prices -> §6 rule 1")
L("u107","en","competitor","Andrés Pombo","apombo@movilizaleasing.co","Regional Expansion Manager","Moviliza Leasing","Vehicle leasing","Bogotá, Colombia",900,
  "We're a Colombian fleet-leasing company preparing to enter Mexico next year. Could you share your typical monthly rates and who your main corporate clients are?",
  "DISQUALIFIED","P4","a competitor by its own words (a fleet-leasing company entering the market, asking rates and clients) -> §6 rule 1")
L("u108","es","personal","Jonathan Pérez","jony.perez.uber@gmail.com",None,None,None,"Iztapalapa, Ciudad de México",None,
  "hola buenas noches, quiero un carro en arrendamiento para trabajar en uber, no tengo buro muy bueno, me lo pueden dar? cuanto seria al mes",
  "DISQUALIFIED","P4","a private person wanting one car for himself: personal use / micro, fit D -> §6 rule 1")
L("u109","pt","personal","Carla Bezerra","carlinha.bezerra@hotmail.com",None,None,None,"Fortaleza, Brasil",None,
  "Oi! Vou passar 10 dias em Cancún em dezembro com meu marido e queria alugar um carro pra passear. Quanto fica?",
  "DISQUALIFIED","P4","a tourist renting a car for her holiday: private person, fit D -> §6 rule 1")
L("u110","es","student","Fernanda Ibarra","fernanda.ibarra@alumnos.udg.mx","Estudiante de Finanzas",None,None,"Guadalajara, México",None,
  "Hola, estoy haciendo mi tesis sobre arrendamiento puro vs financiero en empresas mexicanas. ¿Me podrían compartir algunos datos o responder un cuestionario corto?",
  "DISQUALIFIED","P4","a student, thesis -> §6 rule 1")
L("u111","es","spam","Oportunidad Única","info@ganadinero-desdecasa.club",None,None,None,None,None,
  "GANA $25,000 AL MES DESDE TU CASA trabajando solo 2 horas al día!! Sin experiencia. Cupo limitado, regístrate YA en nuestro link.",
  "DISQUALIFIED","P4","spam -> §6 rule 1")
L("u112","en","disposable-email","Mark Jensen","mjensen99@yopmail.com","Manager","Jensen Logistics","Logistics","Monterrey, Mexico",None,
  "need quote for 5 pickups asap",
  "DISQUALIFIED","P4","yopmail is a DISPOSABLE provider (§1) -> §6 rule 1, whatever the 'asap'")

# ---------------------------------------------------------------- surcogestion: Argentine ERP partner for agro and food
seller("surcogestion")
L("u113","es","buyer","Cr. Martín Bertolotti","mbertolotti@grupolaspampas.com.ar","Gerente de Administración y Finanzas","Grupo Agropecuario Las Pampas S.A.","Agropecuaria (agricultura y ganadería)","Pergamino, Argentina",300,
  "Buenas tardes. Manejamos 12 campos propios y arrendados con planillas de Excel y un sistema contable que ya no da más. El directorio aprobó el presupuesto para implementar un ERP agro esta campaña. Necesitamos propuesta y una demo del módulo de labores y costos por lote.",
  "SQL","P2","fit A (agricultural group, 300, Argentina, agro ERP + migration from Excel: two services); Gerente de Administración y Finanzas = MANAGER in surcogestion buyerAreas -> BUSINESS_DECISION_MAKER; approved budget + proposal + demo: HIGH -> SQL P2")
L("u114","es","buyer","Lic. Germán Ocampo","gocampo@acopiosanjose.com.ar","Jefe de Sistemas","Acopio y Cereales San José","Acopio de granos","Marcos Juárez, Córdoba, Argentina",250,
  "Se nos cayó el servidor del sistema de acopio en plena cosecha gruesa: no podemos emitir cartas de porte ni liquidar, y hay 60 camiones esperando en la planta. El proveedor del sistema viejo no responde. Necesitamos ayuda de inmediato y después migrar a algo que funcione.",
  "SQL","P1","system down now in harvest, trucks waiting + 'de inmediato': CRITICAL; Jefe de Sistemas = MANAGER in technology -> TECH_DECISION_MAKER; fit A (grain storage, 250, Argentina, ERP for acopios + migration) -> SQL P1",
  phone="+54 9 3472 45-8812", source="web_form")
L("u115","es","buyer-area","Cra. Silvina Ferreyra","sferreyra@frigorificolaesperanza.com.ar","Jefa de Contabilidad","Frigorífico La Esperanza S.A.","Frigorífico","Esperanza, Santa Fe, Argentina",800,
  "Estimados: el sistema actual no soporta los cambios de ARCA en la facturación y en la liquidación de hacienda. Queremos cotización de implementación de SAP Business One con producción y trazabilidad por tropa. La decisión se toma este mes.\n\nSaludos cordiales,\nSilvina Ferreyra – Jefa de Contabilidad",
  "SQL","P2","fit A (meat packing, 800, Argentina, ERP + traceability + ARCA integration); Jefa de Contabilidad = MANAGER in a buyerArea (contabilidad) -> BUSINESS_DECISION_MAKER; quote, decision this month: HIGH -> SQL P2")
L("u116","es","buyer-area","Ing. Pablo Giordano","pgiordano@lacteoslarafaelina.com.ar","Gerente de Control de Gestión","Lácteos La Rafaelina","Industria láctea","Rafaela, Santa Fe, Argentina",600,
  "Queremos tener costos por planta y por producto en los que podamos confiar; hoy los armamos a mano en Excel a fin de mes y siempre llegan tarde. ¿Podemos tener una reunión la semana que viene para ver cómo lo resuelven?",
  "SQL","P2","fit A (dairy, 600, Argentina, industrial costing + migration from Excel); Gerente de Control de Gestión = MANAGER in a buyerArea -> BUSINESS_DECISION_MAKER; 'hoy' = nowadays; meeting next week: HIGH -> SQL P2")
L("u117","es","influencer","Diego Marconetti","dmarconetti@molinoelprogreso.com.ar","Gerente de Producción","Molino Harinero El Progreso","Molinería","Chacabuco, Argentina",400,
  "El jueves nos audita un cliente exportador y nos pide trazabilidad por lote desde el trigo hasta la bolsa, cosa que hoy no podemos dar porque está todo en papel. Necesito que alguien nos ayude cuanto antes con un sistema.",
  "MQL","P3","the audit this week drives the need (lot traceability) and 'cuanto antes': CRITICAL; but production is not technology, purchasing nor a surcogestion buyerArea, so a Gerente de Producción is INFLUENCER -> MQL P3; fit A (milling, 400, Argentina)")
L("u118","es","influencer","Ing. Agr. Lucía Pérez Iturraspe","lperez@agrolosaromos.com.ar","Ingeniera Agrónoma","Agropecuaria Los Aromos","Agricultura","Venado Tuerto, Argentina",150,
  "Los lotes, las labores y el stock de agroquímicos los cargo en tres planillas distintas y nunca coinciden con lo que tiene administración. Me pidieron buscar un sistema. ¿Me pueden mandar una cotización?",
  "MQL","P3","fit A (agriculture, 150, Argentina, agro ERP); quote: HIGH; an Ingeniera has TECHNICAL seniority, roleType INFLUENCER, and only decision makers reach SQL -> MQL P3")
L("u119","es","small-business","Néstor Bianchi","servicios.bianchi.agro@gmail.com","Dueño","Servicios Agrícolas Bianchi","Contratista rural (siembra y cosecha)","Junín, Buenos Aires, Argentina",20,
  "Hola q tal. Somos contratistas de siembra y cosecha, 20 personas y 9 maquinas. Quiero dejar el cuaderno y las planillas, facturar bien y saber cuanto gano por hectarea de verdad. Me pasan precio?",
  "SQL","P2","fit B: agriculture, Argentina and need (agro ERP: costs per hectare, invoicing) are strong, size (20) weak; gmail is a small data-quality cost, not fit; Dueño = C_LEVEL; a price: HIGH -> SQL P2",
  phone="236 15-440-2291")
L("u120","es","unusual-words","Héctor Lucero","hlucero@familialucero.com.ar","Presidente","Lucero Hnos. S.A.","Agropecuaria y acopio","General Villegas, Argentina",120,
  "Queremos que el contador, el ingeniero y el de la balanza vean los mismos números y dejar de pasarnos papelitos. Hoy cada uno tiene su Excel y a fin de mes nadie coincide. ¿Podemos coordinar una llamada?",
  "SQL","P2","an integrated ERP (with the scale) asked in everyday words ('que vean los mismos números', 'dejar de pasarnos papelitos'); 'hoy' = nowadays; a call: HIGH; Presidente = C_LEVEL; fit A (agro + grain storage, 120, Argentina) -> SQL P2")
L("u121","es","conditional","Roberto Gaitán","rgaitan@cooperativadelsur.coop.ar","Gerente General","Cooperativa Agrícola del Sur","Cooperativa agrícola / acopio","Tres Arroyos, Argentina",200,
  "Si en la próxima cosecha el sistema que tenemos se colgara como les pasó a otros acopios, no podríamos liquidarle a los productores. Hoy anda, pero no queremos arriesgarnos. ¿Nos mandan propuesta de migración este mes?",
  "SQL","P2","'si se colgara' is conditional, 'hoy anda': no incident now; proposal this month: HIGH; Gerente General = C_LEVEL; fit A (cooperative, 200, Argentina, ERP for acopio + migration) -> SQL P2")
L("u122","es","today-deadline","Lic. Carolina Sosa","csosa@alimentoslaserrana.com.ar","Directora de Administración","Alimentos La Serrana S.A.","Industria de alimentos","Córdoba, Argentina",500,
  "Hoy vence el plazo interno para presentarle al directorio las propuestas de ERP y nos falta la de ustedes. ¿Pueden enviarla hoy antes de las 17 hs? Perdón el apuro.",
  "SQL","P1","a real same-day deadline (proposal today before 17 hs): CRITICAL; Directora = DIRECTOR, so a decision maker; fit A (food industry, 500, Argentina, ERP) -> SQL P1")
L("u123","es","today-nowadays","Osvaldo Zurita","ozurita@coopganaderaoeste.coop.ar","Gerente de Administración","Cooperativa Ganadera del Oeste","Cooperativa agropecuaria","Trenque Lauquen, Argentina",180,
  "Hoy por hoy usamos un sistema propio que nos hizo un programador de la zona y anda bien. Quizás dentro de un par de años veamos de pasar a un ERP. Dejo mis datos por si tienen novedades.",
  "NURTURE","P4","'hoy por hoy' = nowadays; 'dentro de un par de años': LOW; a buyer-area manager, fit A (cooperative, 180, Argentina), but LOW -> NURTURE P4")
L("u124","es","other-urgency","Mauricio Aguirre","maguirre@agrosantaines.com.ar","Jefe de Administración","Agropecuaria Santa Inés","Agricultura","Bragado, Argentina",200,
  "Estamos a full con la cosecha y con el cierre de balance que vence esta semana, así que el tema del ERP lo retomamos el año que viene. Igual les dejo mis datos.",
  "NURTURE","P4","the week's deadline is the balance sheet, not the ERP; the ERP is 'el año que viene': LOW; Jefe de Administración decision maker, fit A -> NURTURE P4")
L("u125","es","past-incident","Cr. Esteban Molina","emolina@frigorificoelchanar.com.ar","CFO","Frigorífico El Chañar","Frigorífico","Río Cuarto, Argentina",650,
  "Hace dos años tuvimos una implementación fallida con otro partner; la rehicimos con un equipo interno y hoy el sistema funciona bien. Solo quiero tener un contacto de soporte para el futuro, sin apuro.",
  "NURTURE","P4","the failed project is past and fixed ('hoy funciona bien' = now fine); support 'para el futuro, sin apuro': LOW; CFO decision maker, fit A (meat packing, 650, Argentina) -> NURTURE P4")
L("u126","es","fit-c","Cristián Fuenzalida","cfuenzalida@packingelmaule.cl","Gerente General","Packing El Maule","Fruta fresca de exportación","Curicó, Chile",25,
  "Hola, somos un packing chico en Curicó, 25 personas. Queremos un sistema para trazabilidad de la fruta y costos. ¿Trabajan en Chile? Nos pueden cotizar.",
  "NURTURE","P4","agro/food and a traceability-ERP need fit, but size (25) and country (Chile, outside Argentina/Uruguay/Paraguay) are weak: fit C -> NURTURE P4 (§6 rule 5)")
L("u127","es","too-little","Graciela Benítez","gbenitez@lacteoslasmarias.com.ar","Gerente de Administración","Lácteos Las Marías","Industria láctea","Villa María, Córdoba, Argentina",350,
  "Hola",
  "REVIEW","P3","only a greeting, no need stated to judge (§6 rule 2) -> REVIEW P3",
  phone="+54 353 452-1177")
L("u128","es","evaluating","Ing. Sebastián Olivera","solivera@frigorificotacuarembo.com.uy","Gerente de Sistemas","Frigorífico Tacuarembó Norte","Frigorífico","Tacuarembó, Uruguay",900,
  "Estamos comparando partners de SAP Business One para un proyecto que arrancaría el próximo trimestre. Me interesa conocer su experiencia en frigoríficos.",
  "MQL","P3","comparing for next quarter: MEDIUM; Gerente de Sistemas = TECH_DECISION_MAKER still evaluating; fit A (meat packing, 900, Uruguay, ERP) -> MQL P3")
L("u129","es","job-seeker","Agustina Paz","agus.paz.contadora@hotmail.com","Contadora recién recibida",None,None,"Rosario, Argentina",None,
  "Hola! Me recibí de contadora en diciembre, manejo Tango y Excel avanzado y me encantaría aprender SAP. ¿Tienen búsquedas abiertas para consultores junior?",
  "DISQUALIFIED","P4","a job seeker -> §6 rule 1")
L("u130","es","competitor","Federico Arias","farias@erprural.com.ar","Consultor Comercial","ERP Rural","Software / consultoría ERP","Rosario, Argentina",60,
  "Buenas, quería saber cuánto están cobrando la hora de consultoría funcional y si el abono de soporte es por usuario.",
  "DISQUALIFIED","P4","competitor domain (erprural.com.ar in competitorDomains) asking prices -> §6 rule 1")
L("u131","es","invalid-email","Ricardo Maidana","administracion@molinolaestrella","Gerente de Administración","Molino La Estrella","Molinería","Bahía Blanca, Argentina",180,
  "Necesitamos cambiar el sistema de gestión del molino este año, ¿nos pueden pasar una propuesta?",
  "DISQUALIFIED","P4","the email's domain has no dot: INVALID (§1) -> §6 rule 1, whatever the need")
L("u132","es","vendor-pitch","Natalia Quiroga","nquiroga@expocampoeventos.com.ar","Ejecutiva Comercial","ExpoCampo Eventos","Organización de ferias","Buenos Aires, Argentina",30,
  "¡Hola! Quedan pocos stands en el pabellón de tecnología de la próxima muestra agro. Con el 10% off por reserva anticipada. ¿Les envío el plano y las tarifas?",
  "DISQUALIFIED","P4","a trade-fair organiser selling stands to the seller -> §6 rule 1")
L("u133","pt","buyer","Anderson Schmitt","anderson.schmitt@agropecuariaaltoparana.com.py","Diretor Administrativo","Agropecuária Alto Paraná S.A.","Agricultura (soja, milho, trigo)","Santa Rita, Alto Paraná, Paraguai",350,
  "Bom dia. Temos 18 mil hectares no Paraguai e fazemos tudo em planilha. Queremos implantar um ERP agrícola com controle de safra, insumos e custo por talhão, integrado com o banco. Vocês podem apresentar uma proposta ainda este mês?",
  "SQL","P2","fit A (agriculture, 350, Paraguay is a target country, agro ERP + integration); Diretor = DIRECTOR; proposal this month: HIGH -> SQL P2")
L("u134","pt","buyer-area","Rosane Hoffmann","rosane@silosdelnorte.com.py","Gerente de Administración y Finanzas","Silos del Norte S.A.","Acopio de grãos","Katueté, Paraguai",150,
  "Preciso de orçamento para implantar ERP no nosso silo, com integração com a balança e liquidação de grãos aos produtores. Queremos que esteja rodando antes da safrinha.",
  "SQL","P2","fit A (grain storage, 150, Paraguay, ERP for acopio + scale integration); the title (written in Spanish) is a MANAGER in the administración / finanzas buyerAreas -> BUSINESS_DECISION_MAKER; quote before the next harvest: HIGH -> SQL P2")
L("u135","pt","influencer","Cleiton Bortolini","cleiton.bortolini@fazendasantacruz.com.py","Engenheiro Agrônomo","Fazenda Santa Cruz","Agricultura","Naranjal, Paraguai",200,
  "O patrão pediu pra eu procurar um sistema com urgência porque perdemos o controle do estoque de defensivos e sumiram produtos do depósito. Precisamos implantar o quanto antes.",
  "MQL","P3","fit A (agriculture, 200, Paraguay, input stock in an agro ERP); urgência / quanto antes about the concrete need: CRITICAL; an Engenheiro is TECHNICAL -> INFLUENCER -> MQL P3")
L("u136","pt","negation","Valdir Rech","valdir@agroinsumosrivera.com.uy","Sócio-proprietário","Agroinsumos Rivera","Distribuição de insumos agrícolas","Rivera, Uruguai",80,
  "Não tenho pressa nenhuma, mas me manda o orçamento de implantação do Odoo com estoque de sementes e defensivos por lote e a integração com o banco, por favor.",
  "SQL","P2","the negated urgency ('não tenho pressa') can never be CRITICAL (§3), while the quote request itself is HIGH; Sócio-proprietário = owner, C_LEVEL; fit A (agricultural inputs distribution, 80, Uruguay, ERP + integration) -> SQL P2")
L("u137","pt","fit-b","Juliano Dalmolin","juliano.dalmolin@grupodalmolinagro.com.br","Diretor Financeiro","Grupo Dalmolin Agro","Agronegócio","Sinop, Mato Grosso, Brasil",600,
  "Procuramos um parceiro com experiência em SAP Business One para o agro. Temos fazendas e armazéns e queremos trocar o sistema atual. Podem nos enviar uma proposta?",
  "SQL","P2","fit B: agribusiness, size (600) and need (agro ERP) are strong, only location (Brazil, outside targetCountries) is weak; Diretor = DIRECTOR; proposal: HIGH -> SQL P2")
L("u138","pt","exploration","Ivo Kunzler","ivo@granjakunzler.com.py","Proprietário","Granja Kunzler","Agricultura e suinocultura","Santa Rosa del Monday, Paraguai",120,
  "Boa tarde, só queria conhecer o trabalho de vocês, sem compromisso. Talvez no ano que vem a gente pense em trocar o sistema.",
  "NURTURE","P4","exploration, 'sem compromisso', maybe next year: LOW; owner decision maker, fit A (agriculture, 120, Paraguay) -> NURTURE P4")
L("u139","pt","job-seeker","Rafael Souza","rafael.souza.dev@gmail.com","Desenvolvedor Odoo",None,None,"Londrina, Brasil",None,
  "Olá, sou desenvolvedor Python/Odoo com 4 anos de experiência e falo espanhol. Procuro oportunidade remota em partner de ERP. Posso mandar meu currículo?",
  "DISQUALIFIED","P4","a job seeker -> §6 rule 1")
L("u140","pt","vendor-pitch","Larissa Tomazi","larissa@cadernodecampo.app","CEO","Caderno de Campo App","Software agrícola","Cascavel, Brasil",15,
  "Oi! Desenvolvemos um app de caderno de campo offline e queremos que vocês ofereçam nosso app junto com os ERPs que implementam. Pagamos comissão recorrente. Topam uma conversa?",
  "DISQUALIFIED","P4","a software vendor pitching its app to the seller (to be resold with commission) -> §6 rule 1")
L("u141","pt","competitor","Gustavo Lenz","gustavo.lenz@agrogestorerp.com.br","Gerente de Expansão","AgroGestor ERP","Software ERP agrícola","Maringá, Brasil",150,
  "Somos uma empresa de ERP agrícola do Paraná e estamos entrando no mercado argentino. Quanto vocês cobram por hora de consultoria e quem são seus principais clientes?",
  "DISQUALIFIED","P4","a competitor by its own words (an agro-ERP company entering Argentina, asking rates and clients) -> §6 rule 1")
L("u142","pt","student","Beatriz Nakamura","beatriz.nakamura@usp.br","Mestranda em Economia Aplicada",None,None,"Piracicaba, Brasil",None,
  "Olá, sou mestranda na ESALQ e minha dissertação compara a adoção de ERP em empresas agrícolas do Brasil e da Argentina. Alguém de vocês toparia preencher um formulário online curto?",
  "DISQUALIFIED","P4","a student, dissertation -> §6 rule 1")
L("u143","pt","vendor-pitch","Henrique Vasconcelos","henrique@devforcebr.com.br","Diretor Comercial","DevForce Fábrica de Software","Desenvolvimento de software","Curitiba, Brasil",90,
  "Prezados, alocamos desenvolvedores Odoo e ABAP para partners de ERP a partir de R$ 95/hora, com início em uma semana. Seria útil para os projetos de vocês na Argentina?",
  "DISQUALIFIED","P4","an outsourcing firm offering developers to the seller: a vendor, not a buyer (§6 rule 1)")
L("u144","pt","partner","Patrícia Weber","patricia@consultoriafronteira.com.br","Sócia","Consultoria Fronteira Agro","Consultoria","Foz do Iguaçu, Brasil",8,
  "Temos vários clientes brasileiros com fazendas no Paraguai. Podemos indicar todos para vocês em troca de uma comissão sobre o projeto. Como funciona o programa de parceiros?",
  "DISQUALIFIED","P4","a consultancy offering referrals for a commission: a partner, not a buyer -> §6 rule 1")
L("u145","en","buyer","Howard Lindgren","hlindgren@riodelaplatagrains.com.uy","CFO","Río de la Plata Grains S.A.","Grain storage and export","Montevideo, Uruguay",400,
  "Following our acquisition by a US group we have to replace our legacy system. Budget is approved by the board; we need a proposal and a demo of your grain contracts and settlements module in the coming weeks.",
  "SQL","P2","fit A (grain storage, 400, Uruguay, ERP grain contracts + migration); CFO = C_LEVEL; approved budget, proposal and demo wanted within weeks: HIGH -> SQL P2")
L("u146","en","evaluating","Natasha Ivanova","nivanova@pampaseedsgenetics.com.ar","IT Director","Pampa Seeds Genetics","Agribusiness (seeds)","Buenos Aires, Argentina",700,
  "We're evaluating ERP implementation partners this year, mainly for production planning and lot traceability in our seed plants. Nothing decided yet.",
  "MQL","P3","evaluating this year: MEDIUM; IT Director = DIRECTOR in technology, a decision maker still evaluating; fit A (agribusiness, 700, Argentina, traceability ERP) -> MQL P3")
L("u147","en","job-seeker","Daniel O'Connor","daniel.oconnor.sapb1@gmail.com","SAP Business One Consultant",None,None,"Mendoza, Argentina",None,
  "Hi, I'm an SAP B1 consultant moving to Mendoza next month. I've implemented B1 at two wineries in Chile. Are you hiring consultants?",
  "DISQUALIFIED","P4","a job seeker -> §6 rule 1")
L("u148","en","vendor-pitch","Olga Petrov","olga@hostb1cloud.com","Partner Manager","HostB1 Cloud","Cloud hosting","Amsterdam, Netherlands",40,
  "Hi Surco team, host your customers' SAP Business One on our servers with 99.9% uptime and a 30% partner discount. Shall I send our partner price list?",
  "DISQUALIFIED","P4","a hosting vendor pitching its own offer to the seller: a vendor, not a buyer (§6 rule 1)")
L("u149","en","spam","SEO Links Pro","sales@backlinks-boost.biz",None,None,None,None,None,
  "Top Google positions within a week, GUARANTEED!!! Premium guest-post link packages from $39, answer this email with YES and we begin.",
  "DISQUALIFIED","P4","spam -> §6 rule 1")
L("u150","en","personal","Margaret Hill","maggie.hill.garden@yahoo.com",None,None,None,"Bariloche, Argentina",None,
  "Hello, I have a small vegetable garden at my house and want to keep track of what I plant and harvest. Is there a simple program you'd recommend for me?",
  "DISQUALIFIED","P4","a private person, a home garden: personal use, fit D -> §6 rule 1")

write()
