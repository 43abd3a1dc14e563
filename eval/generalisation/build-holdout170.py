#!/usr/bin/env python3
"""Writes holdout170.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(stretchbr, sintaccar, labdentalcr, gridcodeza; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

stretchbr is a Brazilian load-stability company from Lauro de Freitas (greater Salvador) (stretch-wrap audits with
containment-force measurement, maintenance of stretch-wrapping machines, pre-stretched film under a savings contract,
tilt and braking stability tests and training of dispatch operators) for distribution centres, 3PL operators, general
warehouses, wholesalers and distributors in Brazil, 80 employees or more; leads in Brazilian Portuguese, about a
quarter in English or Spanish. sintaccar is a gluten-free (sin TACC) compliance consultancy from Córdoba (ELISA gluten
testing of products, raw materials and surfaces, segregation and cleaning validation of gluten-free lines, supplier
approval and the file to register products as gluten-free, staff training) for bakeries, industrial bread makers and
pasta, biscuit and alfajor factories in Argentina, 20 employees or more; leads in Rioplatense Spanish, a few in English
and a few in Portuguese. labdentalcr is a digital dental laboratory in San José, Costa Rica (zirconia and disilicate
crowns, implant prosthetics, 3D-printed surgical guides and aligners, an order portal and daily courier for chains)
for dental clinic chains, dental-tourism clinics and implant centres in Costa Rica and Panama, 30 staff or 3 branches
or more; leads in Central American Spanish, a few in English. gridcodeza is a Cape Town grid-code engineering firm
(Grid Code compliance testing, power-quality monitoring, PowerFactory / PSS/E models and studies, protection and
power-plant-controller settings) for IPPs and O&M operators of wind farms and solar PV plants in South Africa, 20
employees or more; leads in South African English, a few in Spanish and a few in Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ex001, ex002, ... in the order the rows are added. Run:
    python3 -B build-holdout170.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ex", ["rows_stretchbr", "rows_sintaccar", "rows_labdentalcr", "rows_gridcodeza"])
