#!/usr/bin/env python3
"""Writes holdout128.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(fermentacaobr, desabolladoar, hemovetbo, submeteringus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

fermentacaobr is a Brazilian fermentation-control company from Uberlândia (MG) (mobile laboratory at the mill through
the season: bacterial counts, yeast viability and budding; yeast strain selection and dominance follow-up;
contamination control of fermenters, heat exchangers and lines; fermentation-yield consulting and lab training) for
sugar-and-ethanol mills, autonomous distilleries, corn-ethanol plants and sugar-energy cooperatives in Brazil, 100
employees or more; leads in Brazilian Portuguese, a few in English. desabolladoar is an Argentine smart-repair company
from Rosario (paintless dent repair, mobile spot repair of paint, bumpers, wheels and headlamps, hail operations at the
client's lot, end-of-contract reconditioning with damage assessment) for car rental, operating-leasing, fleet-renting
and van rental companies in Argentina, 30 employees or more; leads in Rioplatense Spanish, a few in English. hemovetbo
is a Bolivian veterinary blood bank from Santa Cruz de la Sierra (canine and feline blood components delivered 24/7,
blood typing, cross-matching and donor screening, consignment stock at the clinic, donor programmes and transfusion
training) for veterinary clinic chains and veterinary hospitals in Bolivia, 20 employees or more; leads in Bolivian
(Santa Cruz) Spanish, a few in English. submeteringus is a US tenant-utility company from Atlanta, Georgia (sub-meter
installation, monthly meter reading and tenant bill-back, utility recovery audits, utility data portal with leak
alerts) for owners and managers of logistics parks, multi-tenant industrial buildings and industrial condominium
associations in the United States, 20 employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dh001, dh002, ... in the order the rows are added. Run:
    python3 -B build-holdout128.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dh", ["rows_fermentacaobr", "rows_desabolladoar", "rows_hemovetbo", "rows_submeteringus"])
