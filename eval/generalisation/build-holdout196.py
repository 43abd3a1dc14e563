#!/usr/bin/env python3
"""Writes holdout196.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(fotografiaindustrialpt, aceitecocinausadoes, asistenciaprmpe, stallpartitionsus; profiles in ./profiles), 42 leads
each, written by rows_<id>.py.

fotografiaindustrialpt is a Portuguese industrial and architectural photography studio from Leiria
(construction-progress photography and time-lapse, industrial plant and product-line photography and video, drone
aerial photography of sites, photo libraries for annual reports and tenders) for construction companies,
manufacturers, architecture practices, real-estate developers and engineering firms in Portugal and Spain, 12
employees or more; leads in European Portuguese, some in Spanish and English. aceitecocinausadoes is a Spanish
used-cooking-oil collection company from Valencia (collection of used cooking oil in containers from kitchens, supply
of containers and bins, waste-transfer documents and traceability certificates, delivery to biodiesel refiners with
payment per litre) for restaurant chains, hotels, hospitals and caterers, food factories and school canteens in
Spain, 30 employees or more; leads in Spanish from Spain, a few in English. asistenciaprmpe is a Peruvian
passenger-assistance company from Lima (wheelchair and mobility assistance for passengers with reduced mobility at
airports, ambulift and boarding-chair operation, trained assistance agents on contract, service-level reports to
airlines and the aviation authority) for airlines, airport operators, ground-handling companies and bus terminals in
Peru, 80 employees or more; leads in Peruvian Spanish, a few in English. stallpartitionsus is a US restroom-partition
company from Denver (supply and installation of toilet partitions and urinal screens in phenolic, steel and HDPE, ADA
compliance layouts, hardware replacement and repair, restroom renovation packages) for general contractors, school
districts, stadiums and arenas, office and retail property managers and hospitals in the Rocky Mountain states, 40
employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fx001, fx002, ... in the order the rows are added. Run:
    python3 -B build-holdout196.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fx", ["rows_fotografiaindustrialpt", "rows_aceitecocinausadoes", "rows_asistenciaprmpe",
                           "rows_stallpartitionsus"])
