#!/usr/bin/env python3
"""Writes holdout153.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(restauroacervobr, incubadorasec, escenografiapa, reciclavidropt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

restauroacervobr is a Brazilian document-conservation company in Manaus (cleaning and anoxia disinfestation of case
files and books, restoration of damaged and water-soaked documents, conservation surveys and environmental monitoring
of archive rooms, training and emergency plans) for courts, law firms, procuradorias, defensorias and Ministério
Público in Brazil, 30 employees or more; leads in Brazilian Portuguese, a few in English. incubadorasec is an
Ecuadorian hatchery-equipment service company in Ambato (maintenance of setters and hatchers, calibration and thermal
mapping, spare parts and controller retrofit, 24/7 maintenance contracts and training) for poultry hatcheries,
integrations and breeder farms in Ecuador and Colombia, 50 employees or more; leads in Ecuadorian Spanish, a few in
English. escenografiapa is a Panamanian scenic workshop in Panama City (set construction, scenic painting, props and
set dressing, set assembly / strike / storage) for TV channels, film and series producers and commercial production
houses in Panama and Costa Rica, 20 employees or more; leads in Panamanian Spanish and English.
reciclavidropt is a Portuguese industrial-maintenance company in Braga (maintenance of cullet-treatment lines, optical
sorter service, wear parts and linings, maintenance contracts and teams sent to Angola) for glass recyclers, cullet
plants, bottle-recovery companies and glassworks in Portugal and Angola, 40 employees or more; leads in European
(and some Angolan) Portuguese, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are eg001, eg002, ... in the order the rows are added. Run:
    python3 -B build-holdout153.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "eg", ["rows_restauroacervobr", "rows_incubadorasec", "rows_escenografiapa", "rows_reciclavidropt"])
