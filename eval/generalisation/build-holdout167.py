#!/usr/bin/env python3
"""Writes holdout167.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(frentecaixabr, baldesuy, anuariosmx, trimwasteus; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

frentecaixabr is a Porto Alegre (Brazil) checkout-maintenance company (on-site PDV and peripheral repair, self-checkout
installation and support, checkstand refurbishment, store-opening rollouts of the front end with a spare-parts pool)
for supermarket chains, hypermarkets and atacarejos in southern Brazil, 100 employees or more; leads in Brazilian
Portuguese, about a quarter in English. baldesuy is a Montevideo (Uruguay) wear-parts workshop (rebuilding and
armouring of excavator and loader buckets, hardfacing of teeth, adapters and cutting edges, dump-body armouring, mobile
workshop with ultrasonic wear inspection) for mining contractors, quarries and earth-moving contractors in Uruguay,
Argentina and southern Brazil, 30 employees or more; leads in Rioplatense Spanish, a few in Portuguese and English.
anuariosmx is a Monterrey (Mexico) school-photography company (photo days and ID cards, yearbooks, graduations sold to
parents online, event and admissions photo/video) for private schools and private universities in northern Mexico, 40
employees or more; leads in Mexican Spanish, a few in English. trimwasteus is a Houston (USA) air-conveying contractor
(pneumatic trim-removal systems, paper-dust collection and combustible-dust compliance, cyclone-fed balers, preventive
and 24/7 emergency service) for commercial printers, folding-carton, label, envelope, book and corrugated plants in the
United States, 50 employees or more; leads in American English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are eu001, eu002, ... in the order the rows are added. Run:
    python3 -B build-holdout167.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "eu", ["rows_frentecaixabr", "rows_baldesuy", "rows_anuariosmx", "rows_trimwasteus"])
