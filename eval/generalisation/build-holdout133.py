#!/usr/bin/env python3
"""Writes holdout133.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(avifaunabr, kitsoftalmoco, usadosagroar, marinasoftpt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

avifaunabr is a Brazilian environmental consultancy in Fortaleza-CE (bird and bat monitoring for operating licences,
carcass searches with sniffer dogs and corrected mortality estimates, bird radar / cameras with selective turbine
curtailment through the SCADA, fauna rescue and scaring at PV plants) for owners, operators and O&M companies of wind
farms and solar parks in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in English.
kitsoftalmoco is a Colombian maker of custom sterile surgical packs for ophthalmic surgery in Yumbo / Cali (cataract,
refractive, retina, glaucoma packs to each surgeon's protocol, consignment and replenishment with lot traceability,
standardisation and cost per procedure, in-theatre implementation) for ophthalmology clinic chains and eye-surgery
centres in Colombia, Ecuador and Panama, 60 employees or more; leads in Colombian Spanish, a few in English.
usadosagroar is an Argentine workshop in Rosario that reconditions the used machinery farm-machinery dealers take as
trade-ins (repair, wear parts and paint, certified-used report with a 90-day warranty, preparation for sale and shows,
precision-farming retrofits) for official and multi-brand dealers in Argentina and Uruguay, 30 employees or more;
leads in Argentine Spanish with voseo, a few in English. marinasoftpt is a Portuguese software house in Matosinhos
(Porto) with marina-management software (berth map and contracts, AT-certified invoicing, online transit booking and
a sailors' app, pontoon access control and water / electricity metering, migration and training) for marinas,
leisure ports and yacht clubs in Portugal and Spain, 20 employees or more; leads in European Portuguese, a few in
English and one in Brazilian Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dm001, dm002, ... in the order the rows are added. Run:
    python3 -B build-holdout133.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dm", ["rows_avifaunabr", "rows_kitsoftalmoco", "rows_usadosagroar", "rows_marinasoftpt"])
