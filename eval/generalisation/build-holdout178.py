#!/usr/bin/env python3
"""Writes holdout178.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(esquilaar, vendimiamecanizadacl, torresenfriamientomx, serializacionbr; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

esquilaar is an Argentine sheep-shearing contractor from Trelew (Chubut) (Tally-Hi shearing crews for the season,
crutching and pre-lambing shearing, shed hygiene and wool handling (skirting, pressing, bale marking), shearing-shed
equipment hire and maintenance) for estancias, wool companies and sheep cooperatives in Argentine Patagonia, 20
employees or more; leads in Rioplatense Spanish, a few in English. vendimiamecanizadacl is a Chilean mechanical
grape-harvest contractor from Talca (Maule) (machine harvesting with operator, day and night, adapting trellises and
rows for machines, bin and truck logistics to the winery, off-season harvester maintenance) for wineries and large
wine-grape growers in Chile, 30 employees or more; leads in Chilean Spanish, a few in English and one in Rioplatense
Spanish. torresenfriamientomx is a Mexican cooling-tower service firm from Monterrey (Nuevo León) (maintenance and fill
/ drift-eliminator replacement, structural repair of wood / fibreglass / concrete towers, water treatment and
Legionella control, thermal performance tests) for steel, glass, chemical, food and power plants in Mexico, 100
employees or more; leads in Mexican Spanish, some in English (US-owned plants). serializacionbr is a Brazilian pharma
serialisation integrator from São Paulo (SP) (serialisation and aggregation on packaging lines, SNCM / ANVISA
track-and-trace reporting, line-vision and printer validation, support and training for packaging staff) for
pharmaceutical laboratories and drug distributors in Brazil, 100 employees or more; leads in Brazilian Portuguese, a
few in English and Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ff001, ff002, ... in the order the rows are added. Run:
    python3 -B build-holdout178.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ff", ["rows_esquilaar", "rows_vendimiamecanizadacl", "rows_torresenfriamientomx",
                           "rows_serializacionbr"])
