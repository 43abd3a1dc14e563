#!/usr/bin/env python3
"""Writes holdout118.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(cardapiobr, dosimetriaec, computosar, cyanideca; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

cardapiobr is a Recife food-cost consultancy for food service (recipe cards and per-dish costing, menu engineering,
purchasing / receiving / stock control of kitchen and bar, production standardisation and brigade training) for
restaurant groups, hotels and resorts, bars, buffets and contract kitchens in Brazil, 20 employees or more; leads in
Brazilian Portuguese, a few in English. dosimetriaec is a Quito radiation-protection company (personal dosimetry,
quality control and radiometric surveys of X-ray equipment, shielding design for imaging rooms, licensing and an
external radiation-protection officer) for hospitals, clinics, imaging centres and dental groups in Ecuador, 40
employees or more; leads in Ecuadorian Spanish, a few in English. computosar is a Mendoza construction cost-engineering
firm (quantity take-off and estimates, monthly progress certificates and cost control, price redetermination and index
adjustment, variations and claims) for construction companies, developers and erection contractors in Argentina, 30
employees or more; leads in Argentine Spanish, a few in Brazilian Portuguese. cyanideca is a Vancouver cyanide-
management consultancy selling into Latin America (Cyanide Code gap assessments and pre-audits, cyanide destruction
and process-water management, cyanide emergency preparedness, handler training) for gold and silver mines and
processing plants, 150 employees or more; leads in English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are cx001, cx002, ... in the order the rows are added. Run:
    python3 -B build-holdout118.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "cx", ["rows_cardapiobr", "rows_dosimetriaec", "rows_computosar", "rows_cyanideca"])
