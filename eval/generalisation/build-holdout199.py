#!/usr/bin/env python3
"""Writes holdout199.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(palomitascinesmx, merendaescolarbr, therapydogsus, compactadorasresiduoscl; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

palomitascinesmx is a Mexican cinema-concessions supplier from Guadalajara (Jalisco) (popcorn machines and kettles
sold and leased, popcorn kernels, coconut oil and seasonings supply, machine maintenance and emergency repair,
concession-stand layout) for cinema chains, stadiums and arenas, theme parks, bowling alleys and family entertainment
centres in Mexico, 40 employees or more; leads in Mexican Spanish, a few in English. merendaescolarbr is a Brazilian
school-meal catering company from Salvador (Bahia) (outsourced school meals cooked on site or delivered, PNAE menus by
nutritionists, kitchen staff and hygiene control, meal reports for the education department) for municipal education
departments, private schools, state schools under contract and creche networks in Bahia and Sergipe, 150 employees or
more; leads in Brazilian Portuguese, a few in Spanish. therapydogsus is a US therapy-dog programme company from
Minneapolis (Minnesota) (scheduled visits by certified handler-and-dog teams, stress-relief events in exam weeks and
busy seasons, programme design and insurance paperwork, visit reports) for hospitals and children's hospitals,
universities, airports, senior-living operators and employers' wellness programmes in the Upper Midwest, 20 employees
or more; leads in US English, a few in Spanish. compactadorasresiduoscl is a Chilean waste-compactor company from
Santiago (rental and sale of stationary and self-contained compactors and balers, installation, preventive maintenance
and emergency repair, fill-level sensors for collection scheduling) for supermarkets, shopping malls, hospitals and
clinics, distribution centres and factories in Chile, 40 employees or more; leads in Chilean Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ga001, ga002, ... in the order the rows are added. Run:
    python3 -B build-holdout199.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ga", ["rows_palomitascinesmx", "rows_merendaescolarbr", "rows_therapydogsus", "rows_compactadorasresiduoscl"])
