#!/usr/bin/env python3
"""Writes holdout138.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(renovabiobr, obraslojistasbr, podologiapt, antiexplosivoar; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

renovabiobr is a consultancy in Goiânia, Brazil, that certifies biofuel producers in RenovaBio (full certification
with RenovaCalc and the inspecting firm, yearly maintenance and recalculation, eligibility of the cane / corn biomass,
support for issuing CBIOs) for sugar-cane mills, distilleries and corn-ethanol plants in Brazil, 100 employees or
more; leads in Brazilian Portuguese, a few in English. obraslojistasbr is an engineering firm in Recife, Brazil,
working for shopping-centre administrators on tenant fit-outs (review of tenants' store projects, supervision of store
works, opening-release and move-out inspections, the tenant technical manual) for malls, outlets and strip malls in
Brazil, 20 employees or more; leads in informal Northeastern Brazilian Portuguese, a few in English. podologiapt is an
institutional podiatry service in Braga, Portugal (periodic on-site podiatry, diabetic-foot screening and wound
follow-up, custom insoles, training of care assistants) for private social-care homes for the elderly (lares / ERPI,
senior residences, continuing-care units, IPSS) in Portugal, 20 employees or more; leads in European Portuguese, a few
in English and Spanish. antiexplosivoar is an explosive-atmosphere (Ex) electrical specialist in Neuquén, Argentina
(IEC 60079-17 inspections, hazardous-area classification, repair and recertification of flameproof equipment, Ex
training) for oil-and-gas service companies in Vaca Muerta, Río Negro and Mendoza, 40 employees or more; leads in
Argentine Spanish with voseo, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dr001, dr002, ... in the order the rows are added. Run:
    python3 -B build-holdout138.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dr", ["rows_renovabiobr", "rows_obraslojistasbr", "rows_podologiapt", "rows_antiexplosivoar"])
