#!/usr/bin/env python3
"""Writes holdout158.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(centrifugasbr, revistaspy, curtiembresni, leadlinestx; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

centrifugasbr is a Brazilian sugar-centrifugal workshop from Caxias do Sul (refurbishment of batch and continuous
centrifugals, baskets and screens, field balancing and vibration analysis, off-season shutdown crews and 24-hour
on-call service during the harvest) for sugar and ethanol mills and sugar refineries in Brazil, Paraguay and Bolivia,
100 employees or more; leads in Brazilian Portuguese, about a quarter in English from foreign-owned plants.
revistaspy is a Paraguayan academic-journal services company from Asunción (OJS 3 installation, migration and
hosting, editorial production with Crossref DOIs, indexing applications to Latindex, SciELO, DOAJ and Scopus, and
research-visibility reports for ANEAES accreditation) for private universities, institutos superiores and medical
faculties in Paraguay and Bolivia, 80 employees or more; leads in Paraguayan Spanish, a few in English and in
Portuguese (Brazilian staff of border medical faculties). curtiembresni is a Nicaraguan compliance consultancy from
León for tanneries (Leather Working Group audit preparation, hide traceability, ZDHC chemical management and
chromium VI tests, water/energy indicators, chrome-waste records and MARENA permits) in Nicaragua, Honduras, El
Salvador and Guatemala, 30 employees or more; leads in Nicaraguan Spanish, a few in English from US-owned plants.
leadlinestx is an Austin, Texas firm for lead and copper rule compliance (service line inventories, field
verification by vacuum excavation, customer notification letters and public maps, lead service line replacement
programs) for municipal water utilities, MUDs and water supply corporations in Texas, Oklahoma, Louisiana and New
Mexico, 20 employees or more; leads in US English, a few in Spanish from Rio Grande utilities.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are el001, el002, ... in the order the rows are added. Run:
    python3 -B build-holdout158.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "el", ["rows_centrifugasbr", "rows_revistaspy", "rows_curtiembresni", "rows_leadlinestx"])
