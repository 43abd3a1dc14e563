#!/usr/bin/env python3
"""Writes holdout151.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(homologacaobr, arenasecuestresar, tunelwashpr, analisesementespt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

homologacaobr is a Brazilian vehicle-homologation engineering firm in Caxias do Sul (CAT filings with SENATRAN, ECE R66
rollover and seat-anchorage structural calculation, axle-weighing and tilt-table tests, bus accessibility and safety
reviews) for bus body builders, truck-body and trailer makers and special-vehicle converters in Brazil, 30 employees or
more; leads in Brazilian Portuguese, a few in English. arenasecuestresar is an Argentine equestrian-footing contractor
in Córdoba (arena construction and rebuilding, scheduled arena maintenance with its own harrows, footing lab tests,
racecourse and training-track reconditioning) for riding clubs, equestrian centres and schools, racecourses / jockey
clubs, polo clubs and studs in Argentina and Uruguay, 20 employees or more; leads in Argentine Spanish with voseo, a
few in English. tunelwashpr is a Puerto Rican car-wash equipment service company in San Juan (preventive-maintenance
contracts for tunnels and in-bay automatics, 24/7 emergency repair, reclaim / RO / high-pressure water systems,
controller, pay-station and plate-reader support, hurricane shutdown and restart) for car-wash chains, gas-station
chains, dealership groups and rental-car companies in Puerto Rico and the U.S. Virgin Islands, 20 employees or more;
leads in Puerto Rican Spanish and English, mixed. analisesementespt is a Portuguese seed-testing laboratory in Lisbon
(germination and vigour, purity and moisture, seed health and GMO detection, official sampling and ISTA certificates)
for seed companies, multipliers and breeders, cooperatives with a seed centre, seed traders and vegetable nurseries in
Portugal, Spain, Cape Verde, Angola and Mozambique, 20 employees or more; leads in European and Cape Verdean
Portuguese, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ee001, ee002, ... in the order the rows are added. Run:
    python3 -B build-holdout151.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ee", ["rows_homologacaobr", "rows_arenasecuestresar", "rows_tunelwashpr", "rows_analisesementespt"])
