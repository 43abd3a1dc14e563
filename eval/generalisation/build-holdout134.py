#!/usr/bin/env python3
"""Writes holdout134.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(maquinashielomx, banosportatilespe, calandrasbr, playgroundca; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

maquinashielomx is a Cancún ice-machine services company (rental of ice makers, preventive maintenance, sanitisation
and microbiological control of ice, 24/7 emergency repair with backup ice) for the maintenance and engineering
departments of hotels, all-inclusive resorts, timeshare hotels and beach clubs in Mexico, 40 employees or more; leads
in Mexican Spanish, a few in English. banosportatilespe is an Arequipa sanitation company for remote work fronts
(portable chemical toilets, shower and handwash modules, wastewater and septic suction with authorised disposal,
sanitation management and reports for SSOMA) for mining contractors in Peru, 30 workers or more; leads in Peruvian
Spanish, a few in English. calandrasbr is a Belo Horizonte hospital-laundry equipment service company (maintenance
contracts, emergency repair, retrofit of barrier washer-extractors, dryers, flatwork ironers and folders, RDC 6/2012
and ONA documentation) for private hospitals and hospital laundries in Brazil, 100 employees or more; leads in
Brazilian Portuguese, a few in English. playgroundca is a Toronto playground-safety company (CSA Z614 inspections,
repairs and parts, protective surfacing and HIC testing, playground asset records) for municipalities, school boards,
social housing providers and child care operators in Canada, 50 employees or more; leads in Canadian English, a few
in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dn001, dn002, ... in the order the rows are added. Run:
    python3 -B build-holdout134.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dn", ["rows_maquinashielomx", "rows_banosportatilespe", "rows_calandrasbr", "rows_playgroundca"])
