#!/usr/bin/env python3
"""Writes holdout136.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(helicesbr, viviendapromovidauy, limpiezatecnicamx, leaseauditus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

helicesbr is a propeller workshop in Belém (Icoaraci), Brazil (propeller repair and re-pitching, static and dynamic
balancing with ISO 484 class reports, sizing and casting of new propellers, propeller-shaft and stern-tube work) for
river and coastal ferry operators and inland shipping companies in Brazil, 30 employees or more; leads in Brazilian
Portuguese, a few in English. viviendapromovidauy is a Montevideo consultancy for Uruguay's "vivienda promovida"
regime (Ley 18.795: feasibility and filing with the ANV, tax-benefit calculation, compliance during construction and
sales, close-out and extensions) for real-estate developers, developing builders and real-estate trusts and funds in
Uruguay, 20 employees or more; leads in Rioplatense Spanish with voseo, a few in Portuguese. limpiezatecnicamx is a
technical-cleanliness laboratory in Querétaro, Mexico (particle extraction and counting per VDA 19.1 / ISO 16232,
particle identification and root cause, VDA 19.2 process audits, part-washer validation) for automotive and
aerospace tier-2 suppliers in Mexico, 50 employees or more; leads in Mexican Spanish, a few in English. leaseauditus
is an Atlanta lease-audit firm (CAM, tax and insurance reconciliation audits, lease abstraction and critical dates,
percentage-rent review, renewal, dispute and estoppel support) for multi-unit franchise restaurant groups in the
United States, 150 employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dp001, dp002, ... in the order the rows are added. Run:
    python3 -B build-holdout136.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dp", ["rows_helicesbr", "rows_viviendapromovidauy", "rows_limpiezatecnicamx", "rows_leaseauditus"])
