#!/usr/bin/env python3
"""Writes holdout124.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(apanhabr, limspe, turnosrd, audiovisualus; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

apanhabr is a Brazilian poultry-catching company from Blumenau (SC) (outsourced catching and loading crews for broilers,
spent hens and breeders, pullet transfer, animal-welfare management of the catch, catch scheduling synchronised with the
slaughter plan, priced per bird loaded) for poultry integrators, agro-industrial cooperatives, poultry slaughterhouses,
breeder farms and egg producers in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in English.
limspe is a Peruvian laboratory-software company from Arequipa (implementation and support of a LIMS: sample reception
and barcoding, chain of custody, signed test reports, instrument integration, ISO/IEC 17025 / INACAL configuration,
migration from Excel, help desk and hosting) for mining assay, environmental, food and agro-export labs, clinical labs and
research centres in Peru and Bolivia, 20 employees or more; leads in Peruvian (and some Bolivian) Spanish, a few in
English. turnosrd is a Dominican queue-management company from Santo Domingo (ticket kiosks, turns by phone, call
displays, appointment booking with SMS and QR check-in, wait-time analytics and regulator reports, installation,
core-banking integration and maintenance per branch) for banks, savings and loan associations, credit unions, insurers
and insurance brokers in the Dominican Republic and Puerto Rico, 50 employees or more; leads in Caribbean Spanish, a
few in English. audiovisualus is a Philadelphia event-AV company (in-house AV partnerships for venues, general-session
and breakout production, hybrid and streamed events, permanent room technology and maintenance) for convention centers,
conference hotels, event venues, performing arts centers and expo halls in the US Northeast and Mid-Atlantic, 30
employees or more; leads in English, a few in Spanish and Brazilian Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dd001, dd002, ... in the order the rows are added. Run:
    python3 -B build-holdout124.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dd", ["rows_apanhabr", "rows_limspe", "rows_turnosrd", "rows_audiovisualus"])
