#!/usr/bin/env python3
"""Writes holdout173.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(wifibordobr, clasificamaderaar, peritajesmx, freezerfleetca; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

wifibordobr is a Brazilian on-board connectivity company from Uberlândia (MG) (vehicle Wi-Fi routers and antennas, an
in-bus content server for the passengers' phones, a LGPD captive portal with passenger data and reports, 24 h remote
support and data-plan management) for intercity, charter, tourism and metropolitan bus operators in Brazil, 60
employees or more; leads in Brazilian Portuguese, about a quarter in English. clasificamaderaar is an Argentine
timber-grading laboratory from Rosario (Santa Fe) (in-plant visual strength grading with certificates per batch,
laboratory bending / stiffness / density / moisture tests, training of the sawmill's own graders, factory production
control for the structural-timber mark) for pine and eucalyptus sawmills and remanufacturing plants in Argentina and
Uruguay, 20 employees or more; leads in Rioplatense Spanish, a few in English and a few in Portuguese. peritajesmx is
a Mexican expert-witness firm from Guadalajara (Jalisco) (forensic accounting and damages, digital forensics with
chain of custody, handwriting and document examination, valuation and engineering reports for litigation) for law
firms in Mexico with 20 staff or more; leads in Mexican Spanish, a few in English. freezerfleetca is a Canadian
freezer-fleet service company from Halifax (Nova Scotia) (placement, installation and recovery of branded ice-cream
display freezers and dipping cabinets at retail accounts, preventive and emergency service, refurbishment / R290
retrofits / recycling, GPS-temperature telemetry and store audits) for ice-cream, gelato and paleta makers, dairies
and frozen-novelty distributors in Canada, 30 employees or more; leads in Canadian English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fa001, fa002, ... in the order the rows are added. Run:
    python3 -B build-holdout173.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fa", ["rows_wifibordobr", "rows_clasificamaderaar", "rows_peritajesmx", "rows_freezerfleetca"])
