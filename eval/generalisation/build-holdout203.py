#!/usr/bin/env python3
"""Writes holdout203.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(murosescaladacl, micromercadosmx, gemologylabuk, lockersinteligentespt; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

murosescaladacl is a Chilean climbing-wall company from Puerto Varas (Los Lagos) (design and installation of climbing
and bouldering walls, safety inspections and certification of walls, hold resetting and route setting, staff belay
training) for schools and universities, gyms and sports centres, malls and family entertainment centres, and
municipalities in Chile, 15 employees or more; leads in Chilean Spanish, a few in English. micromercadosmx is a Mexican
unattended micro-market operator from Querétaro (self-service micro markets with kiosks in workplaces, restocking and
fresh-food supply, payroll-deduction and card payments, sales and waste reports) for manufacturing plants and
industrial parks, corporate offices, hospitals and distribution centres in Mexico, 60 employees or more; leads in
Mexican Spanish, a few in English. gemologylabuk is a UK gemmological laboratory from Birmingham (diamond and
coloured-stone identification and grading reports, synthetic and treatment detection, jewellery valuation for
insurance and probate, bulk screening of melee diamonds) for jewellers and jewellery manufacturers, pawnbrokers,
auction houses, insurers and loss adjusters in the UK and Ireland, 20 employees or more; leads in British English, a
few in Spanish and Portuguese. lockersinteligentespt is a Portuguese smart-locker company from Porto (smart parcel
lockers in buildings, employee lockers with app and badge access, click-and-collect lockers for retailers, maintenance
and software licences) for residential and office building managers, universities, hospitals, retailers and logistics
operators in Portugal, 20 employees or more; leads in European Portuguese, a few in English and Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ge001, ge002, ... in the order the rows are added. Run:
    python3 -B build-holdout203.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ge", ["rows_murosescaladacl", "rows_micromercadosmx", "rows_gemologylabuk", "rows_lockersinteligentespt"])
