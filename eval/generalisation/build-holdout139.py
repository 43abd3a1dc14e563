#!/usr/bin/env python3
"""Writes holdout139.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(estercobr, paineisbr, offsetpt, saludvocalsv; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

estercobr is a Brazilian manure and mud management company from Londrina (PR) for beef-cattle feedlots and
slaughterhouse lairages (pen scraping and cleaning, composting of feedlot manure and rumen content, agronomic
application plans for environmental licensing, pen surface and drainage works) for feedlots, boitéis and cattle
slaughterhouses in PR, SP, MS, GO and MT, 30 employees or more; leads in Brazilian Portuguese, a few in English.
paineisbr is a passenger-information company from Natal (RN) (departure boards and platform monitors, platform PA
with automatic boarding announcements, integration with ticketing / BP-e and bus GPS, 24-hour maintenance contracts)
for bus-terminal administrators and intercity / interstate bus companies in Northeast Brazil, 50 employees or more;
leads in informal Northeastern Brazilian Portuguese, a few in English. offsetpt is an independent offset-press and
book-finishing service company from Aveiro (press maintenance and breakdowns, printing-unit reconditioning, service
of folders, PUR binding lines, book sewers, trimmers and case-making lines, ISO 12647-2 colour calibration) for book
printers, tipografias, commercial printers and publishers with their own print shop in Portugal and Galicia, 20
employees or more; leads in European Portuguese, a few in English. saludvocalsv is a Salvadoran occupational
voice-care company (vocal screening by speech therapists, vocal hygiene and warm-up programmes, voice therapy and
return-to-floor plans, assessment of the operations floor) for call centres, contact centres and BPO / nearshore
operators in El Salvador, Guatemala and Honduras, 100 employees or more; leads in Central American Spanish, a few in
English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ds001, ds002, ... in the order the rows are added. Run:
    python3 -B build-holdout139.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ds", ["rows_estercobr", "rows_paineisbr", "rows_offsetpt", "rows_saludvocalsv"])
