#!/usr/bin/env python3
"""Writes holdout166.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(lodoetabr, preparapiscinasec, vajillard, aerobridgeau; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

lodoetabr is a Belo Horizonte (Brazil) water-treatment-sludge company (dewatering in geotextile tubes, mobile centrifuges
for cleaning clarifiers and sludge lagoons, haulage and final disposal of the sludge, environmental compliance of the
plant's residues) for municipal water utilities (SAAEs, DAEs, autarquias), private water concessionaires and
intermunicipal consortia in Brazil, 40 employees or more; leads in Brazilian Portuguese, about a quarter in English or
Spanish. preparapiscinasec is a Guayaquil (Ecuador) shrimp-pond preparation contractor (drying and tilling pond bottoms
between crops, sediment removal from bottoms and canals, liming based on soil tests, rebuilding dikes, gates and laser
levelling) for shrimp farms, aquaculture groups and tilapia pond farms in Ecuador and Tumbes (Peru), 20 employees or
more; leads in Ecuadorian Spanish, a few in English and Portuguese. vajillard is a Santo Domingo (Dominican Republic)
reusable-tableware service for mall food courts (plates, cups, trays and cutlery on loan, collection and industrial
washing, table-clearing staff, waste-avoided reports) for shopping malls, plazas comerciales, mall managers and food
halls in the Dominican Republic, 30 employees or more; leads in Dominican Spanish, a few in English.
aerobridgeau is a Brisbane (Australia) maintenance company for airport passenger boarding bridges and their
bridge-mounted 400 Hz and pre-conditioned-air units (scheduled and breakdown maintenance, compliance inspections and
condition assessments, refurbishments and upgrades) for airports, terminal operators, airlines and ground handlers in
Australia and New Zealand, 150 employees or more; leads in Australian English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are et001, et002, ... in the order the rows are added. Run:
    python3 -B build-holdout166.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "et", ["rows_lodoetabr", "rows_preparapiscinasec", "rows_vajillard", "rows_aerobridgeau"])
