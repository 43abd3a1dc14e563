#!/usr/bin/env python3
"""Writes holdout4.jsonl: a fourth, fresh generalisation holdout for three sellers nobody had used (solarchile,
contratalegal, laboriq; profiles in ./profiles/).

Written and labelled by /work/shared/policy.md alone (sections 1-7, buyerAreas, section 6's non-buyers) and the
conventions of the earlier sets (fit A: all four signals good; B: one weak; C: two weak; D: not a buyer), without
running the rules engine. Every lead is split `holdout4`: it is a measuring set, not a tuning set. Run:
    python3 build-holdout4.py
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import L, write  # noqa: E402

# ------------------------------------------- solarchile: Chilean C&I solar PV + energy efficiency (Chile, Peru)
L("s01","es","buyer-area","Rodrigo Alarcón","ralarcon@agrosurfrut.cl","Jefe de Mantención","Agrícola Sur Frut","Agroindustria","Curicó, Chile",800,
  "Con el alza de la tarifa eléctrica las cámaras de frío del packing están consumiendo como nunca en plena temporada de cerezas. Necesito una propuesta de paneles en el techo altiro, la gerencia quiere decidir esta semana.",
  "SQL","P1","fit A; Jefe de Mantención = manager in the maintenance buyer area (decision maker); 'altiro' (right away) + decision this week: CRITICAL",
  phone="+56 9 8812 4471")
L("s02","es","buyer","Macarena Fuentes","mfuentes@supermercadoselsur.cl","Gerente General","Supermercados El Sur","Retail","Temuco, Chile",1400,
  "Tenemos 9 locales y un centro de distribución en Padre Las Casas. Queremos cotizar un PPA para poner plantas solares en los techos sin invertir nosotros; el directorio aprobó avanzar este mes.",
  "SQL","P2","fit A (retail, 1400, Chile, PPA + rooftop); C-level; quote with approval this month: HIGH")
L("s03","en","buyer","Thomas Becker","t.becker@andesglasspack.cl","Plant Director","Andes Glass Packaging","Manufacturing","Santiago, Chile",650,
  "Hello, we run a glass bottle plant in Quilicura. Furnaces are on gas but everything else runs on grid power, and our European customers keep asking about our scope 2 emissions. Could we schedule a call with your engineers within the next two weeks to talk about rooftop PV and an energy audit?",
  "SQL","P2","fit A (two services asked); director; a call in the next two weeks: HIGH", source="web_form")
L("s04","es","buyer-area","Milagros Quispe","mquispe@almacenesdelcallao.com.pe","Jefa de Operaciones","Almacenes del Callao SAC","Logística","Callao, Perú",420,
  "Buenas tardes. Administramos 3 almacenes en Callao y Lurín con más de 20 mil m2 de techo. Quisiera que nos envíen una propuesta de sistema fotovoltaico con el ahorro estimado; tenemos que llevarla al comité en las próximas semanas.",
  "SQL","P2","fit A (Peru is a target); operations is a buyer area, so a Jefa de Operaciones decides; proposal in the coming weeks: HIGH")
L("s05","es","unusual-words","Hernán Villalobos","hvillalobos@conservasdelmaule.cl","Gerente de Planta","Conservas del Maule","Alimentos","Talca, Chile",350,
  "La cuenta de la luz de la fábrica se nos fue a las nubes este año y tenemos un techo gigante que no sirve pa nada. ¿Se puede usar ese techo para pagar menos luz? Que alguien venga a verlo este mes, por favor.",
  "SQL","P2","rooftop solar asked without naming it (food processing = manufacturing/agroindustry, fit A); plant manager is a buyer area; a visit this month: HIGH")
L("s06","es","unusual-words","Julio Cárdenas","jcardenas@plasticosrimac.com.pe","Gerente de Operaciones","Plásticos Rímac SAC","Manufactura","Lima, Perú",280,
  "Los compresores, las luces y los motores de la planta están prendidos día y noche y no tengo idea cuánto se nos va en eso. Este año queremos ordenar ese gasto; estamos viendo qué alternativas hay.",
  "MQL","P3","energy audit / efficiency in plain words, fit A; operations manager decides, but looking at options this year: MEDIUM")
L("s07","es","small-business","Patricio Muñoz","frigorificomunoz.linares@gmail.com","Socio","Frigorífico Muñoz","Agroindustria","Linares, Chile",38,
  "Somos un frigorífico chico de fruta, 4 cámaras, y en verano la cuenta de luz pasa los 9 millones. Queremos paneles en el techo del galpón. ¿Me pueden mandar una cotización? Tengo los planos.",
  "SQL","P2","fit B (only size weak; a free email lowers data quality only); a Socio is an owner (C-level); asks a quote: HIGH", phone="+56 9 7331 0925")
L("s08","es","influencer","Cristóbal Saavedra","csaavedra@envaseslospejo.cl","Ingeniero Eléctrico","Envases Lo Espejo","Manufactura","Santiago, Chile",500,
  "Urgente: esta semana se cortó la luz dos veces en la planta y el gerente me pidió para mañana una cotización de paneles solares con respaldo. ¿Me pueden llamar hoy?",
  "MQL","P3","fit A, CRITICAL (urgent, deadline tomorrow), but an engineer is TECHNICAL, i.e. an influencer without decision power")
L("s09","en","influencer","Priya Raman","priya.raman@minerahuaylas.com.pe","Energy Analyst","Minera Huaylas","Mining","Huaraz, Peru",2200,
  "Hi! I am putting together a comparison for my manager. Could you send us a quote this month for an energy audit of the concentrator plant and the camp? Sorry for writing in English, my Spanish is still not good.",
  "MQL","P3","fit A, quote this month: HIGH; an analyst is USER even inside the energy buyer area (buyerAreas only lift managers)")
L("s10","es","evaluating","Fernanda Rojas","frojas@vinavallecentral.cl","Directora de Sostenibilidad","Viña Valle Central","Vitivinícola","Rancagua, Chile",900,
  "Estamos comparando un PPA contra comprar la planta solar para nuestras tres bodegas de vino. La idea es definirlo el próximo trimestre.",
  "MQL","P3","fit A (wine = agroindustry); director; comparing, next quarter: MEDIUM")
L("s11","es","negation","Ignacio Pizarro","ipizarro@transportesaconcagua.cl","Gerente de Operaciones","Transportes y Bodegaje Aconcagua","Logística","Los Andes, Chile",300,
  "Sin apuro. En algún momento de este año nos gustaría evaluar paneles para el centro de distribución; cuando tengan tiempo me cuentan.",
  "MQL","P3","fit A; operations is a buyer area, so its manager decides; 'sin apuro' + this year: MEDIUM")
L("s12","es","negation","Augusto Palacios","apalacios@molinosanpedro.com.pe","Gerente General","Molino San Pedro SAC","Molinería","Chimbote, Perú",260,
  "No es urgente, pero sí necesitamos la cotización formal de una planta fotovoltaica de unos 500 kWp sobre el techo del molino para presentarla al directorio.",
  "SQL","P2","fit A (flour mill = manufacturing, Peru); C-level requests a formal quote: HIGH. 'No es urgente' only rules out CRITICAL; it does not lower a quote request below HIGH")
L("s13","es","exploration","Walter Mendoza","wmendoza@textilsancristobal.com.pe","Jefe de Mantenimiento","Textil San Cristóbal SAC","Textil","Lima, Perú",700,
  "Solo queríamos entender cómo funciona eso del PPA, por ahora no hay ningún proyecto.",
  "NURTURE","P4","fit A; only curious about PPAs, no project: LOW")
L("s14","en","exploration","Andrew Ferguson","aferguson@pacificcoldlogistics.cl","CFO","Pacific Cold Logistics","Logistics","San Antonio, Chile",350,
  "We're only gathering numbers on solar leasing for now. If anything happens it would be next year at the earliest.",
  "NURTURE","P4","fit A, gathering information, next year at the earliest: LOW")
L("s15","pt","exploration","Leandro Beck","leandro.beck@calcadosgaucho.cl","Diretor Industrial","Calçados Gaúcho Chile SpA","Manufatura","Santiago, Chile",220,
  "Começamos agora a olhar o tema de energia solar para a fábrica de Santiago. Nada decidido; se sair alguma coisa, vai ser no próximo ano.",
  "NURTURE","P4","fit A (a Brazilian-owned plant in Chile); first look, nothing decided, next year if anything: LOW")
L("s16","pt","fit-c","Cláudia Zanella","claudia@laticiniosserragaucha.com.br","Proprietária","Laticínios Serra Gaúcha","Laticínios","Caxias do Sul, Brazil",45,
  "Vi que vocês fazem usina solar em telhado de indústria. Temos um laticínio pequeno aqui no RS e queremos um orçamento ainda este mês.",
  "NURTURE","P4","fit C: outside Chile/Peru and small (45), even though the need and intent are real")
L("s17","es","fit-c","Yolanda Huamán","gerencia@hotelqorikancha.com.pe","Gerente General","Hotel Qorikancha Boutique","Hotelería","Cusco, Perú",25,
  "Queremos poner paneles solares y cambiar todo a LED en el hotel. Nos interesa una cotización.",
  "NURTURE","P4","fit C: hospitality is not a target industry and 25 staff is small (two weak signals), though in Peru")
L("s18","es","other-urgency","Claudia Sepúlveda","csepulveda@fruticolarapel.cl","Gerente de Planta","Procesadora Frutícola Rapel","Agroindustria","Rengo, Chile",1200,
  "Esta semana tenemos fiscalización de la SEREMI de Salud y auditoría del cliente inglés en la planta, así que andamos con el agua hasta el cuello. Lo de los paneles lo conversamos el otro año, ahora imposible.",
  "NURTURE","P4","what is urgent is a health inspection and a customer audit; solar is put off to 'el otro año' (next year): LOW")
L("s19","en","other-urgency","Michael O'Brien","mobrien@freshandesexports.com.pe","Operations Director","Fresh Andes Exports","Agribusiness","Ica, Peru",600,
  "Two summers ago a blackout knocked out our cold rooms for a full day and we lost product. We bought a diesel genset afterwards and haven't had a single problem since. Not looking for anything specific, just send over your brochure.",
  "NURTURE","P4","a past blackout, solved since, brochure only: LOW")
L("s20","es","other-urgency","Sebastián Lagos","slagos@comercialtarapaca.cl","Gerente de Ingeniería","Comercial Tarapacá","Retail","Santiago, Chile",1800,
  "La bodega nueva de Pudahuel está todo parado esperando el permiso de edificación de la municipalidad. Hasta tener la recepción final no podemos decidir nada de energía; por ahora solo mándenme información.",
  "NURTURE","P4","'parado' is a building permit being waited for, not an outage; nothing decidable until then, information only: LOW")
L("s21","es","topic-urgency","Marcelo Araya","maraya@mineracerroblanco.cl","Superintendente de Energía","Compañía Minera Cerro Blanco","Minería","Copiapó, Chile",1600,
  "Somos consumidor con capacidad de gestión de energía bajo la Ley 21.305 y el viernes vence el plazo para entregar la auditoría energética de la planta al Ministerio. El consultor que la estaba haciendo se retiró. Necesitamos que nos apoyen esta misma semana.",
  "SQL","P1","the deadline (this Friday) is about the seller's own service (energy audit): CRITICAL; fit A; a Superintendente in mining ranks at least as a manager, and energy is a buyer area, so decision maker")
L("s22","es","job-seeker","Francisco Tapia","pancho.tapia.electrico@gmail.com","Instalador Eléctrico Clase A",None,None,"Rancagua, Chile",None,
  "Buenas, tengo licencia SEC clase A y 5 años montando paneles en techos industriales. Ando buscando pega y me gustaría sumarme a su equipo de instalación. Quedo atento.",
  "DISQUALIFIED","P4","job seeker ('buscando pega')")
L("s23","pt","job-seeker","Gabriel Nunes","gabriel.nunes@uc.cl","Estudante de Engenharia Elétrica",None,None,"Santiago, Chile",None,
  "Oi! Sou brasileiro, faço intercâmbio na UC e procuro um estágio de verão na área de energia solar. Posso mandar meu currículo?",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("s24","pt","vendor-pitch","Rafael Mendes","rafael.mendes@estruturasolarbr.com.br","Executivo de Exportação","Estrutura Solar BR","Fabricação de estruturas metálicas","Curitiba, Brazil",150,
  "Olá, somos fabricantes de estruturas de fixação para telhado metálico e já exportamos para o Peru. Gostaríamos de apresentar nosso catálogo para a SolarChile e enviar amostras sem custo. Podemos marcar uma videochamada?",
  "DISQUALIFIED","P4","a supplier selling to the seller")
L("s25","es","vendor-pitch","Constanza Ferrari","cferrari@impulsodigital.com.ar","Ejecutiva de Cuentas","Impulso Digital","Marketing","Buenos Aires, Argentina",12,
  "Hola! Armamos campañas de Google y LinkedIn para empresas de energía solar y te garantizamos 50 leads B2B por mes. Si querés te paso una propuesta, ¿tenés 15 minutos esta semana?",
  "DISQUALIFIED","P4","agency pitching its services to the seller")
L("s26","es","partner","Edwin Ccori","eccori@electrosuringenieros.com.pe","Gerente General","Electro Sur Ingenieros EIRL","Contratista eléctrico","Arequipa, Perú",30,
  "Somos contratistas eléctricos en Arequipa con 15 años trabajando para la minería. Queremos ser sus representantes en el sur del Perú e instalar sus proyectos. ¿Qué condiciones tienen para aliados?",
  "DISQUALIFIED","P4","contractor asking to represent / partner with the seller")
L("s27","es","competitor","Diego Valenzuela","dvalenzuela@solarandino.cl","Ingeniero de Proyectos","Solar Andino","Energía","Santiago, Chile",70,
  "Consulta: ¿qué marca de inversores están usando y en cuánto dejan el kWp instalado para techos industriales?",
  "DISQUALIFIED","P4","competitor domain")
L("s28","en","competitor","Luis Herrera","lherrera@sunperuenergy.com.pe","Business Development Manager","SunPeru Energy","Renewable energy","Lima, Peru",60,
  "Hi, we're a solar EPC in Lima as well and we often bid on the same C&I projects as you. Curious which inverter brands you spec and what price per watt you usually quote for rooftops. Thanks!",
  "DISQUALIFIED","P4","competitor by its own words (same trade, same bids)")
L("s29","es","personal","Marcela Vidal","marce.vidal@hotmail.com",None,None,None,"Colina, Chile",None,
  "Hola, hace 2 años me pusieron 8 paneles en mi casa y desde la semana pasada el inversor marca error y no genera nada. La empresa que los instaló cerró. ¿Ustedes me pueden venir a ver? Es urgente porque la cuenta me va a llegar carísima.",
  "DISQUALIFIED","P4","private person, the panels on her own house (urgency does not change it)")
L("s30","es","student","Tomás Bravo","tomas.bravo@ug.uchile.cl","Estudiante",None,None,"Santiago, Chile",None,
  "Hola, estoy haciendo mi memoria de título sobre contratos PPA en la industria chilena. ¿Me podrían contestar una encuesta corta o darme 20 minutos para una entrevista?",
  "DISQUALIFIED","P4","student, thesis ('memoria de título')")
L("s31","es","spam","Créditos Ya","credito.express@prestamosya.xyz",None,None,None,None,None,
  "PRÉSTAMOS INMEDIATOS sin aval y aunque estés en DICOM!!! Depósito en 24 horas, escríbenos al WhatsApp y recibe tu plata hoy",
  "DISQUALIFIED","P4","spam")
L("s32","es","disposable-email","Jefe Planta","jefeplanta@yopmail.com","Jefe de Planta","Agroindustrial Norte","Agroindustria","Ovalle, Chile",300,
  "Necesito cotizar paneles para la planta este mes.",
  "DISQUALIFIED","P4","disposable email")
L("s33","es","too-little","Carolina Espinoza","cespinoza@packinglaspalmas.cl","Gerente de Operaciones","Packing Las Palmas","Agroindustria","Rancagua, Chile",450,
  "info porfa",
  "REVIEW","P3","just 'info', nothing shows a need")
L("s34","en","too-little","Kenji Watanabe","kwatanabe@minerapampanorte.com.pe","Plant Manager","Minera Pampa Norte","Mining","Arequipa, Peru",1300,
  "👍",
  "REVIEW","P3","an emoji only, no need stated")

# ------------------------------------------- contratalegal: Peruvian CLM + e-signature SaaS (Peru, Colombia, Ecuador)
L("c01","es","buyer-area","Catalina Restrepo","crestrepo@segurosaltiplano.com.co","Gerente Jurídica","Seguros Altiplano S.A.","Seguros","Bogotá, Colombia",1300,
  "Se nos venció la póliza de cumplimiento de un contrato con un proveedor crítico porque nadie vio la fecha, y la junta directiva exige control de vencimientos ya. Necesitamos implementar el repositorio con alertas de inmediato.",
  "SQL","P1","fit A; Gerente Jurídica = manager in the legal buyer area; 'de inmediato' on a concrete need after an expiry incident: CRITICAL",
  phone="+57 310 442 8817")
L("c02","es","buyer","Rocío Valdivia","rvaldivia@mineraapurimac.com.pe","Directora Legal","Compañía Minera Apurímac S.A.","Minería","Lima, Perú",3500,
  "Queremos una demo de la firma digital y del flujo de aprobación de contratos con contratistas. Este mes tenemos que elegir proveedor.",
  "SQL","P2","fit A (two services); director; demo with a decision this month: HIGH")
L("c03","en","buyer","Sophie Laurent","slaurent@conectamovil.com.co","Head of Legal","Conecta Móvil Colombia S.A.S.","Telecommunications","Bogotá, Colombia",2100,
  "Hi, I lead the legal team of our Colombian operation. We sign about 400 commercial contracts a month between Bogotá and Medellín and we are still emailing PDFs around. I'd like to see a demo of your e-signature and approval workflows in the coming weeks.",
  "SQL","P2","fit A; Head of Legal = director; demo in the coming weeks: HIGH", source="web_form")
L("c04","es","buyer-area","Andrés Paredes","aparedes@comisariatoandino.com.ec","Jefe de Compras","Comisariato Andino S.A.","Retail","Guayaquil, Ecuador",2500,
  "Buenas. ¿Me regalan una cotización para digitalizar los contratos con nuestros 600 proveedores? Necesitamos firma electrónica y alertas de renovación; tengo que presentarlo en las próximas semanas.",
  "SQL","P2","fit A (Ecuador); a purchasing manager is a business decision maker; a quote ('me regalan' = give me) for the coming weeks: HIGH")
L("c05","es","unusual-words","Gonzalo Salazar","gsalazar@constructorariomantaro.com.pe","Gerente General","Constructora Río Mantaro S.A.C.","Construcción","Huancayo, Perú",450,
  "Los acuerdos con subcontratistas los tenemos regados entre archivadores, correos y el escritorio de cada ingeniero. Hace poco se nos pasó la fecha para avisar que no seguíamos con el alquiler de unas grúas y tuvimos que pagar otro año entero. Quiero que eso no vuelva a pasar. ¿Me mandan un presupuesto?",
  "SQL","P2","contract repository + renewal alerts in plain words (no CLM vocabulary); C-level requests a quote: HIGH")
L("c06","es","unusual-words","Lina Marcela Ospina","lospina@textilesdelvalle.com.co","Vicepresidenta Administrativa","Textiles del Valle S.A.","Manufactura textil","Medellín, Colombia",900,
  "Seguimos imprimiendo los otrosíes, firmándolos a mano y mandándolos por mensajería a Cali y Barranquilla; a veces el papel se demora dos semanas en volver firmado. ¿Hay manera de hacer todo eso por internet? Nos gustaría reunirnos la semana entrante.",
  "SQL","P2","e-signature in plain words; a vicepresidenta is a director (business decision maker); a meeting next week: HIGH")
L("c07","es","small-business","Byron Zambrano","camaronerazambrano@gmail.com","Propietario","Camaronera Zambrano","Agroexportación","Machala, Ecuador",45,
  "Exportamos camarón a España y Francia y firmamos contratos con compradores todo el tiempo, a veces por WhatsApp. Queremos firmar electrónicamente y tener todos los contratos en un solo lugar. ¿Me pasan una cotización para 5 usuarios?",
  "SQL","P2","fit B (only size weak: 45; a free email lowers data quality only); owner; asks a quote: HIGH", phone="+593 99 512 3380")
L("c08","es","influencer","Ximena Huertas","xhuertas@bancointerandino.com.pe","Practicante de Legal","Banco Interandino","Banca","Lima, Perú",4000,
  "Urgente por favor: el área legal tiene que firmar hoy 30 contratos de locación de servicios con firma digital válida y mi jefa me pidió averiguar precios. ¿Me pueden llamar?",
  "MQL","P3","fit A, CRITICAL (today), but a practicante is USER, without decision power; she works there, she is not applying")
L("c09","en","influencer","Daniel Kim","dkim@hidropacifico.com.ec","Executive Assistant to the General Counsel","Hidroeléctrica del Pacífico S.A.","Energy","Quito, Ecuador",700,
  "Hello, could you send a quote for your contract management platform this month? I'm collecting proposals for our General Counsel.",
  "MQL","P3","fit A, quote this month: HIGH; an assistant is USER even when working for the legal head")
L("c10","es","evaluating","Felipe Cardona","fcardona@cementosdelcauca.com.co","Director de Compras","Cementos del Cauca S.A.","Manufactura","Popayán, Colombia",1100,
  "Estamos evaluando tres herramientas de gestión de contratos y la decisión quedaría para el próximo trimestre.",
  "MQL","P3","fit A; director; evaluating, next quarter: MEDIUM")
L("c11","pt","negation","Patrícia Moraes","patricia.moraes@vitoriaalimentos.com.pe","Diretora Jurídica","Vitória Alimentos Perú S.A.C.","Alimentos","Lima, Perú",800,
  "Sem pressa: ao longo deste ano queremos padronizar os contratos das filiais do Peru e da Colômbia numa ferramenta só.",
  "MQL","P3","fit A (food manufacturing, Lima); director; 'sem pressa' + this year: MEDIUM")
L("c12","es","exploration","Renzo Chávez","rchavez@fibraandina.com.pe","Gerente Legal","Fibra Andina Perú","Telecomunicaciones","Lima, Perú",500,
  "Solo estamos mirando qué hay en el mercado de firma electrónica. Por ahora no hay proyecto.",
  "NURTURE","P4","fit A, just looking, no project: LOW")
L("c13","en","exploration","Hannah Fischer","hfischer@bancodelcaribe.com.co","Chief Compliance Officer","Banco del Caribe S.A.","Banking","Barranquilla, Colombia",1800,
  "We're doing some early reading on contract management tools. Nothing budgeted; realistically a conversation for next year or the one after.",
  "NURTURE","P4","fit A, early reading, nothing budgeted, next year or later: LOW")
L("c14","pt","exploration","Marcelo Andrade","marcelo.andrade@constructoraatlantico.com.co","Sócio-diretor","Constructora Atlántico S.A.S.","Construção","Bogotá, Colombia",350,
  "Por enquanto é só curiosidade: como funciona a assinatura eletrônica na Colômbia, e ela vale com entidades públicas? Não temos nada previsto.",
  "NURTURE","P4","fit A; curiosity only, nothing planned: LOW")
L("c15","es","fit-c","Alejandra Treviño","atrevino@distribuidorabajionorte.com.mx","Gerente General","Distribuidora Bajío Norte","Distribución","Saltillo, México",35,
  "Ocupamos firma electrónica para los contratos con clientes, es urgente porque el viernes firmamos uno grande.",
  "NURTURE","P4","fit C: outside the target countries and small (35); urgency does not lift fit C")
L("c16","en","fit-c","Grace Holloway","grace@manosandinas.org","Executive Director","Fundación Manos Andinas","Non-profit","Quito, Ecuador",20,
  "We're a small NGO and sign a lot of grant agreements with donors. Could we get a demo of your e-signature this month?",
  "NURTURE","P4","fit C: a non-profit is not a target industry and 20 staff is small, though in Ecuador")
L("c17","es","other-urgency","Carmen Rosa Mamani","cmamani@cajamunicipaldelsur.com.pe","Gerente de Asuntos Legales","Caja Municipal del Sur","Banca","Arequipa, Perú",1500,
  "Esta semana tenemos la visita de inspección de la SBS y el cierre del trimestre, aquí todo es para ayer. Lo de los contratos lo retomamos el próximo año, ahorita no hay cabeza para eso.",
  "NURTURE","P4","what is urgent is an SBS inspection and the quarter close; contracts are put off to next year: LOW")
L("c18","en","other-urgency","Robert Allen","rallen@energiacaribe.com.co","VP Legal Affairs","Energía Caribe S.A. E.S.P.","Energy","Cartagena, Colombia",900,
  "A couple of years ago we misplaced a signed supply agreement and ended up in an ugly dispute. We hired a document custodian and it hasn't happened again. Nothing planned on our side; feel free to add me to your mailing list.",
  "NURTURE","P4","a past incident, fixed since, mailing list only: LOW")
L("c19","es","other-urgency","María José Viteri","mjviteri@segurossucre.com.ec","Directora de Cumplimiento","Seguros Sucre Unidos","Seguros","Quito, Ecuador",600,
  "Estamos en plena fusión con otra aseguradora y todo está congelado esperando la aprobación de la Superintendencia. Mientras eso no salga no podemos comprar ningún software. Mándeme información nomás, para tenerla a mano.",
  "NURTURE","P4","waiting on a merger approval, no purchase possible until then, information only: LOW")
L("c20","es","topic-urgency","Juan Pablo Mejía","jpmejia@fiduciariaandina.com.co","Gerente de Cumplimiento","Fiduciaria Andina S.A.","Servicios financieros","Bogotá, Colombia",450,
  "El jueves nos audita la Superintendencia Financiera y van a pedir la trazabilidad de la firma de los contratos con terceros. Hoy no podemos demostrar quién firmó qué ni cuándo. Necesitamos el repositorio y la firma con sello de tiempo esta misma semana.",
  "SQL","P1","the audit this week is about the seller's own topic (signature traceability): CRITICAL; compliance is a buyer area; fit A")
L("c21","es","buyer","Martín Echeverry","mecheverry@homecenterandino.com.ec","Country Manager","Homecenter Andino Ecuador","Retail","Guayaquil, Ecuador",1200,
  "Necesito una propuesta de firma electrónica y gestión de los contratos de arriendo de nuestros 40 locales. Quiero tomar la decisión este mes.",
  "SQL","P2","a Country Manager runs the country operation (its gerente general), read as C-level, not as a plain manager; fit A; proposal, decision this month: HIGH")
L("c22","es","buyer","Óscar Benavides","obenavides@electroandespower.com.pe","Gerente General","Electro Andes Power S.A.","Energía","Lima, Perú",380,
  "Mañana vence el plazo para firmar 120 contratos de suministro con clientes libres y la mitad de los representantes están fuera de Lima. Necesitamos firma digital válida ya mismo.",
  "SQL","P1","fit A; C-level; deadline tomorrow, 'ya mismo': CRITICAL")
L("c23","pt","job-seeker","Beatriz Lacerda","bia.lacerda.adv@gmail.com","Advogada",None,None,"Lima, Peru",None,
  "Olá, sou advogada brasileira, moro em Lima há dois anos e trabalhei com contratos de mineração. Gostaria de saber se vocês têm posições abertas em customer success ou legal ops. Posso enviar meu CV.",
  "DISQUALIFIED","P4","job seeker")
L("c24","es","job-seeker","Daniela Cáceres","daniela.caceres@pucp.edu.pe","Estudiante de Derecho",None,None,"Lima, Perú",None,
  "Hola, estoy en el último ciclo de Derecho y busco prácticas preprofesionales en legaltech. Me encantaría aprender con ustedes; adjunto mi CV.",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("c25","en","vendor-pitch","Jason Miller","jason@codebridge-latam.com","Business Development Executive","CodeBridge LATAM","Software development","Medellín, Colombia",120,
  "We're a nearshore dev shop in Medellín and have helped SaaS companies like ContrataLegal grow their engineering teams fast. Open to a 20-minute intro call next week?",
  "DISQUALIFIED","P4","vendor pitching to the seller")
L("c26","es","vendor-pitch","Giuliana Rivas","grivas@citasb2bperu.com","Ejecutiva Comercial","Citas B2B Perú","Marketing","Lima, Perú",25,
  "Hacemos telemarketing para empresas de software: le agendamos 20 reuniones al mes con gerentes legales y de compras. ¿Le envío nuestras tarifas?",
  "DISQUALIFIED","P4","agency pitching its services to the seller")
L("c27","es","partner","Esteban Cordero","ecordero@corderoabogados.ec","Socio","Cordero & Asociados Abogados","Servicios legales","Quito, Ecuador",22,
  "Somos un estudio jurídico con 60 clientes corporativos y nos interesa ofrecerles su plataforma como aliados. ¿Tienen un esquema de referidos o de reventa?",
  "DISQUALIFIED","P4","law firm asking for a referral / resale partnership")
L("c28","pt","competitor","Thiago Albuquerque","thiago@contratoflow.com.br","Head de Expansão LATAM","ContratoFlow","Software","São Paulo, Brazil",90,
  "Somos uma plataforma brasileira de gestão de contratos entrando no Peru. Queria entender o modelo de preços de vocês e com quais certificadoras trabalham.",
  "DISQUALIFIED","P4","competitor by its own words (a CLM platform entering the seller's market)")
L("c29","es","competitor","Mateo Gómez","mgomez@firmalex.pe","Analista de Producto","FirmaLex","Software","Lima, Perú",35,
  "Hola, ¿su firma digital funciona con el DNIe? ¿Cuántas firmas trae el plan básico?",
  "DISQUALIFIED","P4","competitor domain")
L("c30","es","personal","Yesenia Flores","yesi.flores93@gmail.com",None,None,None,"Lima, Perú",None,
  "Hola, el dueño del depa que alquilo me quiere subir la renta antes de que se acabe el contrato. ¿Ustedes me pueden revisar mi contrato y decirme si puede hacer eso?",
  "DISQUALIFIED","P4","private person, her own rental contract")
L("c31","en","personal","Lukas Meyer","lukas.meyer.travel@gmail.com",None,None,None,"Medellín, Colombia",None,
  "Hi, my landlord sent me my apartment lease to sign through your website but the link says expired. Can you resend it? I have to sign it today.",
  "DISQUALIFIED","P4","private person signing his own lease")
L("c32","es","student","Paúl Villacís","pvillacis@est.ups.edu.ec","Estudiante de Maestría",None,None,"Cuenca, Ecuador",None,
  "Buenas tardes, estoy haciendo mi tesis de maestría sobre la validez de la firma electrónica en Ecuador. ¿Me podrían compartir casos de uso o una entrevista corta?",
  "DISQUALIFIED","P4","student, thesis")
L("c33","en","spam","Social Boost","offers@socialboost-now.info",None,None,None,None,None,
  "Get 10,000 REAL Instagram followers in 48h!!! 70% OFF only today >>> click here",
  "DISQUALIFIED","P4","spam")
L("c34","es","invalid-email","Roberto Lozano","compras@corporacionlima.local","Jefe de Compras","Corporación Lima","Retail","Lima, Perú",300,
  "Necesitamos cotizar firma electrónica para 50 usuarios.",
  "DISQUALIFIED","P4","invalid email (reserved .local domain)")
L("c35","es","too-little","Diana Rueda","drueda@constructorasabana.com.co","Directora Jurídica","Constructora Sabana S.A.","Construcción","Bogotá, Colombia",700,
  "Saludos cordiales.",
  "REVIEW","P3","greeting only, no need stated")
L("c36","en","too-little","Carlos Mendoza","cmendoza@petroandes.com.ec","Head of Procurement","PetroAndes Ecuador","Energy","Quito, Ecuador",1500,
  "Info",
  "REVIEW","P3","a single word, no need stated")

# ------------------------------------------- laboriq: Brazilian LIMS for clinical, food and environmental labs (Brazil)
L("l01","pt","buyer-area","Adriana Tavares","adriana.tavares@labvidadiagnosticos.com.br","Gerente de Laboratório","Lab Vida Diagnósticos","Análises clínicas","Goiânia, Brazil",650,
  "Nosso sistema caiu ontem à noite e desde então estamos liberando laudo na mão. São uns 3 mil exames por dia em 12 unidades de coleta. Precisamos migrar pra um LIMS com urgência.",
  "SQL","P1","fit A; laboratory is a buyer area, so the lab manager decides; outage now + 'com urgência': CRITICAL",
  phone="+55 62 99804-1123")
L("l02","pt","buyer","Ricardo Nogueira","ricardo@analisalimentos.com.br","Diretor Técnico","AnalisaAlimentos Laboratório","Laboratório de alimentos","Jundiaí, Brazil",140,
  "Somos um laboratório de análise de alimentos acreditado na 17025 e queremos uma proposta de LIMS com interfaceamento dos cromatógrafos. Orçamento aprovado, decisão até o fim do mês.",
  "SQL","P2","fit A; director; proposal, budget approved, decision this month: HIGH")
L("l03","en","buyer","Elena Rossi","elena.rossi@nutrimaxbrasil.com.br","Quality Director","Nutrimax Brasil","Food & Beverage","Curitiba, Brazil",2300,
  "We run QC labs in our three Brazilian plants and want to get rid of paper logbooks. Can we set up a demo with your team in the next few weeks?",
  "SQL","P2","fit A (food industry QC labs, several plants); director; demo in the next weeks: HIGH", source="event")
L("l04","pt","buyer-area","Camila Brandão","camila.brandao@ecoanalises.com.br","Coordenadora da Qualidade","EcoAnálises Ambiental","Análises ambientais","Belo Horizonte, Brazil",180,
  "Solicito orçamento do módulo de gestão da qualidade e do controle de amostras. Preciso levar para a diretoria nas próximas semanas.",
  "SQL","P2","fit A; a coordinator (manager) in the quality buyer area decides; quote for the coming weeks: HIGH")
L("l05","pt","unusual-words","Helena Siqueira","helena@laboratoriosaolucas-ba.com.br","Sócia-diretora","Laboratório São Lucas","Análises clínicas","Feira de Santana, Brazil",60,
  "Aqui ainda é tudo na planilha e no caderno: chega o tubo, alguém anota à mão, e quando o médico liga pedindo o resultado ninguém sabe em que pé está. Quero organizar isso de vez. Vocês me mandam um orçamento?",
  "SQL","P2","sample tracking in plain words, fit A; Sócia-diretora = socio director (C-level); asks a quote: HIGH")
L("l06","pt","unusual-words","Jorge Amaral","jorge.amaral@aguasdovale.com.br","Gerente de Operações","Águas do Vale Saneamento","Saneamento","Londrina, Brazil",900,
  "Nossos técnicos copiam os números que saem das máquinas pra uma planilha e de vez em quando alguém digita errado e o resultado vai errado pra prefeitura. Estamos vendo alternativas pra resolver isso ainda este ano.",
  "MQL","P3","instrument interfacing in plain words, fit A; operations manager decides, but looking at options this year: MEDIUM")
L("l07","pt","small-business","Wagner Tenório","labanaliseserra@gmail.com","Proprietário","Laboratório Análise Serra","Análises clínicas","Garanhuns, Brazil",28,
  "Temos um laboratório pequeno com 2 postos de coleta e estamos crescendo. Quero parar de entregar resultado em papel e mandar o laudo pelo portal. Quanto fica pra um laboratório do nosso tamanho? Se fizer sentido fecho ainda este mês.",
  "SQL","P2","fit B (only size weak: 28; a free email lowers data quality only); owner; price asked, closing this month: HIGH", phone="(87) 98122-4530")
L("l08","pt","influencer","Jéssica Lima","jessica.lima@centroclinicolab.com.br","Técnica de Laboratório","Centro Clínico Laboratório","Análises clínicas","Manaus, Brazil",300,
  "Urgente!!! A interface do analisador de bioquímica parou e estamos digitando tudo na mão. Preciso que alguém me ligue hoje.",
  "MQL","P3","fit A, CRITICAL, but a technician is TECHNICAL, i.e. an influencer without decision power")
L("l09","pt","influencer","Bianca Fonseca","bianca.fonseca@alimentosrioclaro.com.br","Estagiária de Qualidade","Alimentos Rio Claro","Indústria de alimentos","Rio Claro, Brazil",750,
  "Oi! Sou estagiária da qualidade e minha coordenadora pediu pra eu agendar uma demonstração do sistema com vocês ainda este mês.",
  "MQL","P3","fit A, demo this month: HIGH; an intern is USER (she works there, she is not applying)")
L("l10","en","influencer","Arjun Mehta","arjun.mehta@ambientalabs.com.br","Analytical Chemist","Ambienta Labs","Environmental testing","São Paulo, Brazil",220,
  "We need a LIMS quote ASAP, our ISO 17025 assessment was moved up and the paper records won't pass.",
  "MQL","P3","fit A, 'ASAP' about a LIMS: CRITICAL, but a chemist is an individual contributor (TECHNICAL), so no decision power")
L("l11","pt","evaluating","Renata Guimarães","renata.guimaraes@grupodiagnosul.com.br","Diretora de Operações","Grupo DiagnoSul","Medicina diagnóstica","Porto Alegre, Brazil",1400,
  "Estamos comparando três LIMS para implantar ainda este ano nas nossas 5 unidades.",
  "MQL","P3","fit A; director; comparing, this year: MEDIUM")
L("l12","pt","negation","Fábio Rezende","fabio.rezende@hospitalsantaclara.org.br","Gerente de TI","Hospital Santa Clara","Saúde","Uberlândia, Brazil",1100,
  "Sem pressa nenhuma. A ideia é trocar o sistema do laboratório do hospital em algum momento deste ano.",
  "MQL","P3","fit A; IT manager is a tech decision maker; 'sem pressa' + this year: MEDIUM")
L("l13","pt","exploration","Marcos Vinícius Leal","marcos.leal@biotestelab.com.br","CEO","Bioteste Laboratórios","Análises clínicas","Recife, Brazil",250,
  "A gente só está conhecendo o mercado de LIMS, sem projeto no momento.",
  "NURTURE","P4","fit A, just getting to know the market, no project: LOW")
L("l14","en","exploration","Laura Chen","laura.chen@agroqualityanalises.com.br","Head of Lab Operations","AgroQuality Análises","Agricultural testing","Ribeirão Preto, Brazil",120,
  "Just doing some early research on LIMS options. No budget this year; we'll probably revisit next year.",
  "NURTURE","P4","fit A/B (agricultural testing lab), early research, next year: LOW either way")
L("l15","pt","fit-c","Inês Carvalho","ines.carvalho@aqualabcoimbra.pt","Diretora","AquaLab Coimbra","Análises de águas","Coimbra, Portugal",25,
  "Precisamos de um LIMS para o nosso laboratório de águas com alguma urgência.",
  "NURTURE","P4","fit C: Portugal is not a target country and 25 staff is small; urgency does not lift fit C")
L("l16","pt","fit-c","Rogério Bastos","rogerio.bastos@cosmeticosflordelis.com.br","Gerente Industrial","Cosméticos Flor de Lis","Cosméticos","Diadema, Brazil",35,
  "Queremos controlar os lotes e as análises do nosso pequeno laboratório interno de controle de qualidade. Podem mandar uma proposta?",
  "NURTURE","P4","fit C: cosmetics is not a target industry and 35 staff is small")
L("l17","es","outside-country","Rodrigo Benítez","rbenitez@ambientalab.com.py","Director Técnico","AmbientaLab Paraguay","Laboratorio ambiental","Asunción, Paraguay",120,
  "Buenas, somos un laboratorio ambiental con dos sedes y estamos por acreditar la ISO 17025. Queremos ver una demostración de su sistema en las próximas semanas. ¿Lo tienen en español?",
  "SQL","P2","fit B: a medium environmental lab asking for what is sold, only the country is weak (one weak signal = B, not C); director; demo in the coming weeks: HIGH")
L("l18","pt","other-urgency","Sandra Oliveira","sandra.oliveira@labnortediagnostico.com.br","Diretora Administrativa","Lab Norte Diagnóstico","Análises clínicas","Belém, Brazil",500,
  "Esta semana estamos com a vigilância sanitária aqui dentro e ainda tem a auditoria do plano de saúde, tá tudo de pernas pro ar. Trocar de sistema a gente só consegue olhar lá pro ano que vem.",
  "NURTURE","P4","what is urgent is a sanitary inspection and an insurer audit; a new system only next year: LOW")
L("l19","pt","other-urgency","Paulo Sérgio Cunha","paulo.cunha@labvaleitajai.com.br","Gerente de Qualidade","Laboratório Vale do Itajaí","Análises de alimentos","Itajaí, Brazil",200,
  "Há dois anos um freezer de amostras desligou num feriado e perdemos o lote inteiro de um cliente. Instalamos alarme de temperatura e nunca mais se repetiu. Não tenho nada em vista agora; podem me inscrever na newsletter.",
  "NURTURE","P4","a sample loss two years ago, fixed with alarms, no need now, newsletter only: LOW")
L("l20","pt","other-urgency","Eduardo Pacheco","eduardo.pacheco@minerallabs.com.br","Gerente de Laboratório","MineralLabs Análises","Análises geoquímicas","Belo Horizonte, Brazil",150,
  "Nosso espectrômetro está parado esperando peça do fabricante há três semanas, mas isso é com o fornecedor do equipamento. O LIMS a gente pensa depois que normalizar, sem data.",
  "NURTURE","P4","the stopped instrument waits for a part from another vendor; for the LIMS, no date: LOW")
L("l21","pt","topic-urgency","Luciana Prado","luciana.prado@qualilabambiental.com.br","Gerente Técnica","QualiLab Ambiental","Análises ambientais","Campinas, Brazil",260,
  "A avaliação de acreditação da Cgcre/Inmetro é na quinta e o avaliador vai pedir rastreabilidade das amostras e dos registros de calibração, que hoje estão espalhados em planilhas. Precisamos colocar pelo menos o módulo de qualidade no ar esta semana.",
  "SQL","P1","the assessment this week is about the seller's own topic (traceability, calibration records): CRITICAL; a Gerente Técnica is a manager in the técnica buyer area; fit A")
L("l22","pt","buyer","Antônio Carlos Menezes","acmenezes@grupodiagnosticone.com.br","Diretor Presidente","Grupo Diagnóstico Nordeste","Medicina diagnóstica","Aracaju, Brazil",800,
  "Compramos dois laboratórios em Sergipe e o contrato do sistema antigo deles vence sexta-feira sem renovação. Precisamos unificar as três operações num LIMS de imediato.",
  "SQL","P1","fit A (multi-site); Diretor Presidente is C-level; deadline this Friday, 'de imediato': CRITICAL")
L("l23","pt","job-seeker","Priscila Moura","priscila.moura.bio@gmail.com","Biomédica",None,None,"São Paulo, Brazil",None,
  "Sou biomédica com 6 anos de rotina de laboratório e queria muito trabalhar com implantação de LIMS. Vocês estão contratando?",
  "DISQUALIFIED","P4","job seeker")
L("l24","pt","job-seeker","Lucas Martins","lucas.martins@ufmg.br","Estudante de Sistemas de Informação",None,None,"Belo Horizonte, Brazil",None,
  "Boa tarde, estou no 6º período de Sistemas de Informação e procuro estágio em desenvolvimento. Tenho interesse em software para a área da saúde.",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("l25","pt","vendor-pitch","Vanessa Rocha","vanessa@saudedigitalmkt.com.br","Consultora Comercial","Saúde Digital Marketing","Marketing","Florianópolis, Brazil",18,
  "Fazemos marketing para empresas de software da saúde. Consigo colocar a LaborIQ no topo do Google para 'sistema para laboratório'. Posso te mostrar um diagnóstico gratuito em 15 minutos?",
  "DISQUALIFIED","P4","agency pitching its services to the seller")
L("l26","en","vendor-pitch","Daniel Weiss","dweiss@kubeshield.io","Account Executive","KubeShield","Cloud infrastructure","Tel Aviv, Israel",80,
  "We run compliant managed Kubernetes for healthtech SaaS. We'd migrate LaborIQ's workloads with 3 months free. Worth a quick chat?",
  "DISQUALIFIED","P4","vendor pitching to the seller")
L("l27","pt","partner","Gustavo Barros","gustavo@nordestelabequip.com.br","Diretor Comercial","Nordeste LabEquip","Distribuição de equipamentos","Fortaleza, Brazil",40,
  "Somos distribuidores de analisadores hematológicos no Nordeste e queremos incluir o LIMS de vocês no nosso portfólio para revenda. Como funciona a parceria?",
  "DISQUALIFIED","P4","reseller asking for partnership")
L("l28","pt","competitor","Larissa Pinto","larissa.pinto@gestlab.com.br","Analista de Marketing","GestLab","Software","Ribeirão Preto, Brazil",70,
  "Oi, vocês cobram por usuário ou por exame? O interfaceamento é cobrado à parte?",
  "DISQUALIFIED","P4","competitor domain")
L("l29","pt","competitor","Rafael Kowalski","rafael@labsoftparana.com.br","Gerente de Produto","LabSoft Paraná","Software","Curitiba, Brazil",45,
  "Também desenvolvemos um sistema para laboratórios aqui em Curitiba e estou fazendo um benchmarking de preços. Pode me mandar a tabela de vocês?",
  "DISQUALIFIED","P4","competitor by its own words")
L("l30","pt","personal","Sônia Regina Alves","soninha.alves@yahoo.com.br",None,None,None,"Belo Horizonte, Brazil",None,
  "Fiz um hemograma semana passada e o resultado até agora não apareceu no portal. Meu médico precisa dele amanhã! Vocês podem me mandar por e-mail?",
  "DISQUALIFIED","P4","private person, her own blood test")
L("l31","en","personal","Peter Olsen","peter.olsen77@gmail.com",None,None,None,"Florianópolis, Brazil",None,
  "I had the water from my well at home tested and I can't make sense of the report. Could someone explain the numbers to me?",
  "DISQUALIFIED","P4","private person, his own well-water report")
L("l32","pt","student","Júlia Campos","julia.campos@discente.ufg.br","Estudante",None,None,"Goiânia, Brazil",None,
  "Sou aluna de Biomedicina e meu TCC é sobre automação em laboratórios clínicos. Posso entrevistar alguém da equipe?",
  "DISQUALIFIED","P4","student, final paper (TCC)")
L("l33","pt","spam","Bônus Tigrinho","bonus@ganhefacil.bet",None,None,None,None,None,
  "🐯 Ganhe até R$ 5.000 por dia no jogo do tigrinho!!! Cadastre agora e receba bônus de boas-vindas",
  "DISQUALIFIED","P4","spam")
L("l34","pt","disposable-email","Diretor Lab","diretoria.lab@10minutemail.com","Diretor","Laboratório Central","Análises clínicas","Natal, Brazil",200,
  "Quero uma proposta de LIMS este mês.",
  "DISQUALIFIED","P4","disposable email")
L("l35","pt","too-little","Roberta Freitas","roberta.freitas@labsaudeintegral.com.br","Gerente de Laboratório","Lab Saúde Integral","Análises clínicas","Vitória, Brazil",320,
  "Bom dia!",
  "REVIEW","P3","greeting only, no need stated")
L("l36","pt","too-little","Henrique Sato","henrique.sato@frigorificoparanapanema.com.br","Coordenador de Qualidade","Frigorífico Paranapanema","Indústria de alimentos","Assis, Brazil",1600,
  "N/A",
  "REVIEW","P3","placeholder text, no need stated")
L("l37","es","too-little","Ramón Giménez","rgimenez@labfronteira.com.br","Gerente de Operaciones","Laboratório Fronteira","Análises clínicas","Foz do Iguaçu, Brazil",140,
  "buenas, mas info",
  "REVIEW","P3","'more info', nothing shows a need")

PROFILE_BY_PREFIX = {"s": "solarchile", "c": "contratalegal", "l": "laboriq"}
write("holdout4", PROFILE_BY_PREFIX)
