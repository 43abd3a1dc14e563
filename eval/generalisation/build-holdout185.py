#!/usr/bin/env python3
"""Writes holdout185.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(aguasgrisespt, tarjetascombustiblemx, leedconsultoriabr, remateganadouy; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

aguasgrisespt is a Portuguese water-reuse engineering firm from Faro (Algarve) (greywater and rainwater reuse systems
for hotels, treatment and disinfection units, licensing with the water authority (APA), operation and maintenance
contracts) for hotels, resorts, golf courses and holiday-apartment / aldeamento operators in Portugal, 40 employees or
more; leads in European Portuguese and English, a few in Spanish. tarjetascombustiblemx is a Mexican fuel-card company
from Guadalajara (Jalisco) (fuel cards with limits per vehicle and driver, a national station network with one
consolidated CFDI invoice, fraud alerts and telemetry reconciliation, fleet consumption reports) for transport,
distribution, logistics and field-service companies with vehicle fleets in Mexico, 50 employees or more; leads in
Mexican Spanish, a few in English. leedconsultoriabr is a Brazilian green-building consultancy from São Paulo (LEED and
EDGE certification management, energy modelling, commissioning, documentation for the certifying body) for developers,
corporate-building owners, logistics-park developers and retail chains in Brazil, 30 employees or more; leads in
Brazilian Portuguese, a few in English and Spanish. remateganadouy is a Uruguayan livestock-auction company from
Durazno (screen and video cattle auctions, on-farm inspection and certification of lots, freight coordination, payment
guarantee to sellers) for livestock producers, feedlots, meat-packing plants and cattle traders in Uruguay, 10
employees or more; leads in Rioplatense Spanish, a few in Portuguese and English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fm001, fm002, ... in the order the rows are added. Run:
    python3 -B build-holdout185.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fm", ["rows_aguasgrisespt", "rows_tarjetascombustiblemx", "rows_leedconsultoriabr",
                           "rows_remateganadouy"])
