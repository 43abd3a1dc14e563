#!/usr/bin/env python3
"""Writes holdout142.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(gascarbonicobr, varaderope, decapadomx, taludespt; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

gascarbonicobr is a Brazilian beverage-CO2 company in Teresina (PI) (beverage-grade CO2 supply with tanks on loan,
tank / vaporiser / regulator installation and NR-13 maintenance, CO2 purity analysis with audit reports, level
telemetry and cylinder contingency) for soft-drink plants, sparkling mineral-water bottlers, breweries and juice makers
in the North and Northeast of Brazil, 30 employees or more; leads in Brazilian Portuguese, a few in English.
varaderope is a river shipyard in Iquitos, Peru (hauling out and hull painting of barges, push boats and motor vessels,
hull and structural repair, ultrasonic hull-thickness gauging for the Port Captaincy certificate, mobile crews for
afloat emergency repairs in Loreto and Ucayali) for river cargo and passenger carriers, barge operators, river
terminals and fuel distributors in Peru, 20 employees or more; leads in Peruvian (Loreto) Spanish, a few in English.
decapadomx is a paint-stripping and rack company in Aguascalientes, Mexico (stripping of paint-line racks and hooks in
pyrolysis oven and shot blast with pick-up, stripping of rejected painted parts, design and manufacture of racks and
hooks, on-site rack rotation and booth-grate cleaning) for auto-parts plants, Tier 1 / Tier 2 suppliers and automotive
paint applicators in central Mexico, 50 employees or more; leads in Mexican Spanish, a few in English.
taludespt is a Lisbon slope-engineering company working in Angola and Mozambique (slope stability studies and design,
soil nails / anchors / shotcrete / drains, rockfall protection with rope-access scaling, mesh and dynamic barriers,
slope and pit-wall monitoring) for mining companies, quarries and road / infrastructure contractors in Angola and
Mozambique, 80 employees or more; leads in European Portuguese (as written in Portugal, Angola and Mozambique), a few
in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dv001, dv002, ... in the order the rows are added. Run:
    python3 -B build-holdout142.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dv", ["rows_gascarbonicobr", "rows_varaderope", "rows_decapadomx", "rows_taludespt"])
