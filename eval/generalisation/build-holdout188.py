#!/usr/bin/env python3
"""Writes holdout188.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(lenceriahoteleramx, capellaniacorporativaus, cerradurashotelesco, cisternasedificiosbr; profiles in ./profiles), 42
leads each, written by rows_<id>.py.

lenceriahoteleramx is a Mexican hotel-textiles supplier from Cancún (Quintana Roo) (supply of sheets, towels and
duvets for hotels, linen rental with laundry pick-up (pool linen), embroidery with the hotel's logo, par-stock
planning) for hotels, resorts, hospitals and cruise-port operators in Mexico, 30 employees or more; leads in Mexican
Spanish and English. capellaniacorporativaus is a US workplace-chaplaincy and employee-care provider from Dallas
(Texas) (on-site workplace chaplains on weekly rounds, 24/7 crisis response after accidents or deaths, grief support,
critical-incident debriefing) for manufacturers, trucking companies, construction firms and distribution centres in
Texas and Oklahoma, 100 employees or more; leads in US English, a few in Spanish. cerradurashotelesco is a Colombian
hotel-lock company from Cartagena (Bolívar) (RFID hotel door locks and key-card encoders, lock-system integration with
the property-management system, mobile keys, lock maintenance and battery programs) for hotels, resorts and
serviced-apartment operators in Colombia, 25 employees or more; leads in Colombian Spanish, some in English.
cisternasedificiosbr is a Brazilian building water-tank service company from Porto Alegre (RS) (cleaning and
disinfection of building water tanks (caixas d'água and cisternas) with reports, waterproofing and repair of tanks,
float valves and pumps maintenance, potability tests) for condominium administrators, commercial buildings, schools
and hospitals in Rio Grande do Sul, 20 employees or more; leads in Brazilian Portuguese, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fp001, fp002, ... in the order the rows are added. Run:
    python3 -B build-holdout188.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fp", ["rows_lenceriahoteleramx", "rows_capellaniacorporativaus", "rows_cerradurashotelesco", "rows_cisternasedificiosbr"])
