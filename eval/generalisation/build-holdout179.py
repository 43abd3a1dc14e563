#!/usr/bin/env python3
"""Writes holdout179.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(gnvbr, retailmerchco, ibcreconditionoh, relocationpt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

gnvbr is a Brazilian natural-gas-vehicle service company from Rio de Janeiro (RJ) (periodic requalification of CNG
(GNV) cylinders, inspection and maintenance of conversion kits, INMETRO / CSV / DETRAN paperwork for converted
vehicles, fleet programs with booked service windows) for taxi cooperatives, app-driver fleet owners, logistics and
delivery fleets and bus companies in Brazil, 20 employees or more; leads in Brazilian Portuguese, a few in Spanish and
English. retailmerchco is a Colombian field-merchandising agency from Bogotá (merchandising crews (mercaderistas) who
restock and face shelves, in-store promoters (impulsadoras) for tastings and launches, shelf and price audits with
photos, planogram execution) for consumer-goods manufacturers and distributors selling through supermarkets in
Colombia, 50 employees or more; leads in Colombian Spanish, a few in English. ibcreconditionoh is a US
container-reconditioning company from Cleveland (Ohio) (IBC tote and steel / plastic drum reconditioning, wash-out and
rinse certificates, leak testing and UN recertification, pick-up and return programs) for chemical, coatings,
food-ingredient and lubricant manufacturers in the US Midwest, 50 employees or more; leads in US English, a few in
Spanish. relocationpt is a Portuguese corporate-relocation firm from Lisbon (home search and lease negotiation for
transferred staff, school search, immigration and NIF / residence paperwork, settling-in and departure services) for
companies moving foreign employees to Portugal (technology, shared-services centres, engineering, consulting), 50
employees or more; leads in European Portuguese and English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fg001, fg002, ... in the order the rows are added. Run:
    python3 -B build-holdout179.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fg", ["rows_gnvbr", "rows_retailmerchco", "rows_ibcreconditionoh", "rows_relocationpt"])
