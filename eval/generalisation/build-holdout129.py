#!/usr/bin/env python3
"""Writes holdout129.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(tanatobr, surtidohn, proctormx, rolospt; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

tanatobr is a Brazilian embalming-services company in Piracicaba (SP) (outsourced tanatopraxia on 24-hour call,
tanatoestética and facial restoration, preparation of bodies for road and air transfer, design of preparation rooms
to the health authority's rules) for funeral homes, funeral-plan companies, private cemeteries and crematoria in
Brazil and Paraguay, 30 employees or more; leads in Brazilian Portuguese and a few in Spanish. surtidohn is a
Honduran merchandise-planning firm in San Pedro Sula (seasonal open-to-buy budgets, assortment and size curves per
store, markdowns and clearance, allocation and replenishment between stores) for clothing, footwear and fabric-store
chains, department stores and fashion brands in Honduras, Guatemala, El Salvador and Nicaragua, 40 employees or more;
leads in Central American Spanish and a few in English. proctormx is a Mexican exam-supervision company in Toluca
(remote proctoring with identity checks and recording, on-site invigilators, a locked-down exam platform integrated
with Moodle/Canvas, integrity reports) for language schools, training academies, competence-evaluation centres and
corporate training areas in Mexico, 25 employees or more; leads in Mexican Spanish and a few in English. rolospt is a
Portuguese roll-covering shop in Braga (rubber, polyurethane and composite covers for paper-machine rolls, grinding,
crowning and balancing, suction-roll repair, roll-park management) for paper, board, tissue and pulp mills and large
converters in Portugal and Spain, 80 employees or more; leads in European Portuguese and a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are di001, di002, ... in the order the rows are added. Run:
    python3 -B build-holdout129.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "di", ["rows_tanatobr", "rows_surtidohn", "rows_proctormx", "rows_rolospt"])
