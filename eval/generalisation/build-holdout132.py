#!/usr/bin/env python3
"""Writes holdout132.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(tanoariabr, biomasapy, simulacionmx, iacsecurityus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

tanoariabr is a Brazilian cooperage in Caxias do Sul (reconditioning of used oak barrels: shaving, re-toasting, new
staves, heads and hoops; on-site sanitisation of barrels and vats with a Brett lab report; repair of large wooden vats;
barrel-fleet inventory, renewal plans, second-hand trading and rental per vintage) for wineries, wine cooperatives,
sparkling-wine houses and distilleries that age in wood in Brazil and Uruguay, 20 employees or more; leads in
Brazilian Portuguese (one European Portuguese), a few in English. biomasapy is a Paraguayan biomass company in Ciudad
del Este (eucalyptus chip for grain-dryer furnaces, mobile chipping at the client's acopio, INFONA legality paperwork
and traceability, chip stock contracts and conversion of log-fired furnaces to chip feeding) for agricultural
cooperatives, grain-storage firms, cerealeras and agro-exporters in Paraguay, 40 employees or more; leads in
Paraguayan Spanish, a few in Portuguese. simulacionmx is a Mexican clinical-simulation company in Monterrey (design and
equipment of simulation centres, maintenance and repair of patient simulators and manikins, instructor and debriefing
training, outsourced operation and rental with accreditation evidence) for private universities, nursing schools,
medical faculties and technical institutes in Mexico, 50 employees or more; leads in Mexican Spanish, a few in
English. iacsecurityus is a US air-cargo security compliance firm in Doral, Miami (TSA Indirect Air Carrier
applications, renewals and program management, Security Threat Assessment administration, Certified Cargo Screening
Facility support, security training, mock inspections and Letter-of-Investigation responses) for freight forwarders,
consolidators and customs brokers in the United States, 20 employees or more; leads in English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dl001, dl002, ... in the order the rows are added. Run:
    python3 -B build-holdout132.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dl", ["rows_tanoariabr", "rows_biomasapy", "rows_simulacionmx", "rows_iacsecurityus"])
