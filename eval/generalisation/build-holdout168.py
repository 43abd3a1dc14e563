#!/usr/bin/env python3
"""Writes holdout168.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(antimicrobianobr, amarrepy, incontinenciaco, tirehotelca; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

antimicrobianobr is a Brazilian food-safety service company from Curitiba (antimicrobial intervention programmes with
peracetic acid in poultry chillers and carcass washers: dosing systems on loan, on-line monitoring with SIF records,
Salmonella/Campylobacter reduction validation, resident technician and training) for poultry slaughterhouses,
processors and agro-industrial cooperatives in Brazil, 100 employees or more; leads in Brazilian Portuguese, about a
quarter in English or Spanish. amarrepy is a Paraguayan mooring-services company from Asunción (24/7 mooring crews,
mooring launches, inspection and load testing of bollards, dolphins and buoys, mooring plans and training) for river
port terminals, private ports and port operators in Paraguay, 30 employees or more; leads in Paraguayan Spanish, a
few in English and Portuguese. incontinenciaco is a Colombian care-services company from Barranquilla (incontinence
management programmes: per-resident assessment, consignment supply of absorbent products, prevention of
incontinence dermatitis and pressure ulcers, training of carers) for nursing homes, long-stay centres and
chronic-care providers in Colombia, 20 employees or more; leads in Colombian Spanish, a few in English. tirehotelca is
a Canadian seasonal tire-storage company from Vancouver (off-site storage, pick-up and return runs timed to the
changeover seasons, tire cleaning and condition reports, a white-label booking and storage portal) for car
dealerships, dealer groups and fleet service centres in British Columbia and Alberta, 20 employees or more; leads in
English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ev001, ev002, ... in the order the rows are added. Run:
    python3 -B build-holdout168.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ev", ["rows_antimicrobianobr", "rows_amarrepy", "rows_incontinenciaco", "rows_tirehotelca"])
