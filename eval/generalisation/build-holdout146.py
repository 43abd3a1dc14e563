#!/usr/bin/env python3
"""Writes holdout146.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(limpasilobr, scoutingpe, fotoautossv, moagempt; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

limpasilobr is a Brazilian industrial-services company from Belém (PA) for cement and lime plants (silo cleaning
without putting people inside, clearing of blocked preheater cyclones and kiln ducts, internal silo inspection by drone
and laser scan, silo-bottom aeration and air cannons) for integrated cement plants, grinding stations, lime producers
and mortar plants in Brazil, 50 employees or more; leads in Brazilian Portuguese and a few in English. scoutingpe is
a Peruvian football-analytics company from Arequipa (match and opposition video analysis, GPS load monitoring,
player scouting, youth-academy assessments) for professional clubs, Copa Perú clubs, academies and federations in
Peru, Bolivia and Ecuador, 25 employees or more; leads in Peruvian Spanish and a few in English. fotoautossv is a
Salvadoran vehicle-merchandising studio from San Salvador (inventory photo sets shot on the dealer's lot, 360-degree
spins and interior panoramas, short walk-around videos, inventory publishing on portals and social networks) for car
and motorcycle dealerships, used-car lots and rental companies selling their fleet in El Salvador, Guatemala and
Honduras, 30 employees or more; leads in Central American Spanish and a few in English. moagempt is a Portuguese
milling-equipment service company from Aveiro (roll regrinding and refluting, roller-mill and plansifter overhaul and
sieve re-covering, rubber rolls and wear parts for rice huskers and whiteners, preventive-maintenance contracts) for
flour, maize, semolina and rice mills in Portugal and Spain, 20 employees or more; leads in European Portuguese and a
few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dz001, dz002, ... in the order the rows are added. Run:
    python3 -B build-holdout146.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dz", ["rows_limpasilobr", "rows_scoutingpe", "rows_fotoautossv", "rows_moagempt"])
