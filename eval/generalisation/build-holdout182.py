#!/usr/bin/env python3
"""Writes holdout182.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(reactoresvidriadospt, camashospitalco, edecanesmx, cargobikeny; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

reactoresvidriadospt is a Portuguese glass-lined equipment repair firm from Estarreja (Aveiro) (on-site repair and
re-glassing of glass-lined reactors, vessels and columns, spark and thickness testing, agitator and seal overhaul,
shutdown inspections) for pharmaceutical and fine-chemical plants in Portugal and Spain, 80 employees or more; leads in
European Portuguese, about a quarter in Spanish, a few in English. camashospitalco is a Colombian hospital-bed service
company from Medellín (preventive maintenance and repair of electric hospital beds, stretchers and incubator trolleys,
refurbishment programs, spare parts, biomedical-inventory reports for accreditation) for hospitals and clinics in
Colombia, 100 employees or more; leads in Colombian Spanish, a few in English. edecanesmx is a Mexican event-staffing
agency from Mexico City (edecanes and promoters for trade shows and launches, registration and hospitality staff for
corporate events, bilingual hosts, staff uniforms and supervision) for consumer brands, event agencies and companies
that exhibit or hold events in Mexico, 50 employees or more; leads in Mexican Spanish, some in English. cargobikeny is
a US e-cargo-bike fleet company from Brooklyn, New York (leasing of e-cargo bikes and trailers for last-mile delivery,
fleet maintenance and battery swaps, rider safety training, depot and charging setup) for courier companies, grocery
and meal-kit delivery firms and parcel carriers in New York and New Jersey, 50 employees or more; leads in US English,
a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fj001, fj002, ... in the order the rows are added. Run:
    python3 -B build-holdout182.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fj", ["rows_reactoresvidriadospt", "rows_camashospitalco", "rows_edecanesmx", "rows_cargobikeny"])
