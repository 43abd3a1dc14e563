#!/usr/bin/env python3
"""Writes holdout123.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(chopeirabr, navidadcl, rvoemx, contracargoses; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

chopeirabr is a Brazilian draft-beer service company in Belém (installation of chopeiras and taps lent by the brewery,
scheduled sanitation of beer lines at each bar, preventive and corrective maintenance with weekend on-call, keg / CO2
logistics and event draft structures) for breweries and beverage distributors in the North of Brazil, 30 employees or
more; leads in Brazilian Portuguese, a few in Spanish. navidadcl is a Chilean seasonal-decoration company in
Concepción (Christmas and seasonal décor design with renders, giant trees and Santa villages for sale or rent,
certified night installation at height with weekly upkeep, removal and storage between seasons) for shopping malls,
outlets, strip centers and office towers in Chile, 40 workers or more; leads in Chilean Spanish, a few in English.
rvoemx is a Mexican education-compliance consultancy in Tijuana (RVOE / incorporation of new campuses and programmes,
changes to existing agreements, preparation for inspection visits, school-records work and revalidation of US
studies) for private-school groups, private universities and education / training companies in Mexico, 40 employees
or more; leads in Mexican Spanish, a few in English. contracargoses is a Spanish chargeback-management company in
Bilbao (chargeback representment before Visa, Mastercard and PayPal, pre-dispute alerts, risky-order review, monthly
root-cause reporting) for online shops, marketplaces, subscription businesses and online travel agencies in Spain and
Portugal, 25 employees or more; leads in Castilian Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dc001, dc002, ... in the order the rows are added. Run:
    python3 -B build-holdout123.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dc", ["rows_chopeirabr", "rows_navidadcl", "rows_rvoemx", "rows_contracargoses"])
