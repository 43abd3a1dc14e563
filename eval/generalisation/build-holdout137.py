#!/usr/bin/env python3
"""Writes holdout137.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(coprocessamentobr, tirobo, defensasmx, membranases; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

coprocessamentobr is a Brazilian alternative-fuel company from Serra (Grande Vitória, ES): refuse-derived fuel (CDR)
supply for co-processing in clinker and lime kilns, engineering of the alternative-fuel feeding systems, a lot-by-lot
fuel laboratory and the co-processing licence (burn test, CONAMA 499/2020 emissions, MTR), for cement plants, lime
plants and limestone miners in Brazil, 100 employees or more; leads in Brazilian Portuguese, a few in English.
tirobo is a Bolivian shooting range and training centre in Santa Cruz de la Sierra (firearms courses and periodic
requalification for armed guards, outsourced armoury maintenance, training of in-house instructors and supervisors)
for private security companies, cash-in-transit firms and banks with their own guards in Bolivia, 50 employees or
more; leads in Bolivian Spanish, a few in English. defensasmx is a Mexican marine-fender company from Tijuana (supply
and installation of cone, cell, cylindrical and pneumatic fenders, inspection with divers and bollard load tests,
repairs between calls, berthing engineering for tenders) for port authorities, cruise terminals and terminal
operators in Mexico, 40 employees or more; leads in Mexican Spanish, a few in English. membranases is a Spanish
membrane-filtration service company from Seville (replacement of RO/NF/UF/MF elements, membrane CIP optimisation,
performance audits and autopsies, pilot trials with a mobile plant) for dairy processors in Spain and Portugal, 30
employees or more; leads in Castilian Spanish, a few in European Portuguese and English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dq001, dq002, ... in the order the rows are added. Run:
    python3 -B build-holdout137.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dq", ["rows_coprocessamentobr", "rows_tirobo", "rows_defensasmx", "rows_membranases"])
