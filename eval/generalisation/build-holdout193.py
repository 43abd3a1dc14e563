#!/usr/bin/env python3
"""Writes holdout193.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(lactariosempresasmx, limpiezafotovoltaicado, reciclagempneusbr, menstrualdispensersus; profiles in ./profiles), 42
leads each, written by rows_<id>.py.

lactariosempresasmx is a Mexican workplace lactation-room company from Monterrey (Nuevo León) (design and
installation of lactation rooms with refrigeration, certification against the national lactation-room guide,
maintenance and monthly supplies, training for HR and supervisors on breastfeeding policies) for manufacturers,
maquiladoras, hospitals, banks and corporate offices in Mexico, 100 employees or more; leads in Mexican Spanish, a few
in English. limpiezafotovoltaicado is a Dominican solar-plant cleaning and O&M firm from Santo Domingo (robotic and
manual cleaning of photovoltaic modules, thermographic inspection by drone, inverter maintenance, performance reports)
for solar parks, industrial rooftops, hotels and resorts with solar plants, free-zone factories and distributors in
the Dominican Republic and the Caribbean, 30 employees or more; leads in Dominican Spanish, a few in English.
reciclagempneusbr is a Brazilian end-of-life tyre recycler from Porto Alegre (RS) (collection of scrap tyres from tyre
shops, fleets and municipalities, shredding into rubber granulate and tyre-derived fuel, reverse-logistics
certificates, sale of granulate) for tyre dealers, transport fleets, municipalities, cement kilns and rubber-floor
makers in Rio Grande do Sul and Santa Catarina, 30 employees or more; leads in Brazilian Portuguese, a few in Spanish.
menstrualdispensersus is a US company from Chicago providing free-vend menstrual-product dispensers (installation in
restrooms, refill subscriptions, compliance with state school and workplace mandates, usage reporting) for school
districts, universities, office landlords, stadiums and arenas and employers in the Midwest US, 30 employees or more;
leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fu001, fu002, ... in the order the rows are added. Run:
    python3 -B build-holdout193.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fu", ["rows_lactariosempresasmx", "rows_limpiezafotovoltaicado", "rows_reciclagempneusbr",
                           "rows_menstrualdispensersus"])
