#!/usr/bin/env python3
"""Writes holdout204.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(cronometrajecarrerasar, sensoresestacionamientobr, petfriendlyofficesus, desfibriladoresgt; profiles in ./profiles),
42 leads each, written by rows_<id>.py.

cronometrajecarrerasar is an Argentine race-timing company from Mendoza (chip timing and official results, online
registration with payment, start and finish arches with race clocks and LED screens, live GPS tracking of athletes)
for race organisers, sports federations and clubs, municipal sports departments, brands' event teams and wineries
hosting races in Argentina and Chile, 15 employees or more; leads in Rioplatense Spanish, a few in English and
Portuguese. sensoresestacionamientobr is a Brazilian parking-guidance company from São Paulo (space sensors and
guidance signs, licence-plate recognition at entrances and exits, parking management software, maintenance contracts)
for shopping centres, hospitals, airports, parking operators and corporate towers in São Paulo and Rio de Janeiro, 40
employees or more; leads in Brazilian Portuguese, a few in Spanish. petfriendlyofficesus is a US company from Seattle
that runs pet-friendly workplace programmes (pet policy with insurance and lease paperwork, dog-friendly office
fit-out with pet relief areas, on-site pet care staff during events, cleaning and allergen control) for tech
employers, office landlords, coworking operators and hotels in the Pacific Northwest, 20 employees or more; leads in US
English, a few in Spanish. desfibriladoresgt is a Guatemalan AED programme company from Guatemala City (supply and
installation of automated external defibrillators, CPR and AED training for staff, monthly inspection with pad and
battery replacement, compliance records) for companies and industrial plants, schools and universities, shopping
malls, hotels and sports clubs in Guatemala and Honduras, 25 employees or more; leads in Guatemalan Spanish, a few in
English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are gf001, gf002, ... in the order the rows are added. Run:
    python3 -B build-holdout204.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "gf", ["rows_cronometrajecarrerasar", "rows_sensoresestacionamientobr", "rows_petfriendlyofficesus",
                           "rows_desfibriladoresgt"])
