#!/usr/bin/env python3
"""Writes holdout119.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(entregacartoesbr, tapiceriabusescr, sensorialmx, drivetestus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

entregacartoesbr is a Porto Alegre card and document logistics company for financial institutions (card handling and
sealed envelopes, delivery in person with identity check, collection of signed contracts and insurance proposals,
reverse logistics and certified destruction of returned cards and POS terminals) for banks, credit co-operatives,
fintechs, insurers and consórcio administrators in southern Brazil and Uruguay, 100 employees or more; leads in
Brazilian Portuguese, a few in Spanish. tapiceriabusescr is a San José (Costa Rica) bus-interior company for transport
fleets (seat re-upholstery at the client's yard, vandal-proof seat covers, anti-slip floors and interior panels ready
for the technical inspection, seat belts) for bus companies, staff-transport, tourist and school transport in Costa
Rica and Panama, 30 employees or more; leads in Costa Rican and Panamanian Spanish, a few in English. sensorialmx is a
Guadalajara (Zapopan) sensory-evaluation laboratory for food processors (trained panels and difference tests, consumer
tests, sensory shelf-life studies, in-plant panel training) for food and beverage manufacturers in Mexico, 50
employees or more; leads in Mexican Spanish, a few in English. drivetestus is a Houston RF field-testing company for
telecom operators and utilities (drive and walk testing, new-site verification, line sweep and PIM testing, coverage
validation for private LTE and fixed wireless) for carriers, ISPs, telephone co-ops, neutral hosts and electric
utilities and co-ops in the United States, 40 employees or more; leads in US English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are cy001, cy002, ... in the order the rows are added. Run:
    python3 -B build-holdout119.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "cy", ["rows_entregacartoesbr", "rows_tapiceriabusescr", "rows_sensorialmx", "rows_drivetestus"])
