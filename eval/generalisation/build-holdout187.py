#!/usr/bin/env python3
"""Writes holdout187.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(vibracionesco, devolucionivaar, calibracionpipetasbr, cocinasindustrialesgt; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

vibracionesco is a Colombian condition-monitoring firm from Cali (vibration-analysis routes and online sensors for
rotating machinery, laser alignment and dynamic balancing on site, oil analysis, monthly reliability reports) for sugar
mills, paper mills, cement plants and food and beverage plants in Colombia, 100 employees or more; leads in Colombian
Spanish, some in English. devolucionivaar is an Argentine tax-recovery firm from Rosario (VAT refund for exporters /
reintegro de IVA exportador, recovery of withholdings and perceptions, AFIP filings and follow-up, export-duty
drawbacks) for agro-exporters, industrial exporters and oilseed crushers in Argentina, 50 employees or more; leads in
Rioplatense Spanish, a few in English. calibracionpipetasbr is a Brazilian lab-equipment calibration company from Belo
Horizonte (MG) (gravimetric calibration of pipettes and dispensers, balance and thermometer calibration with RBC
certificates, pipette repair and maintenance, on-site calibration days) for clinical laboratories, pharma QC labs,
university research labs and food labs in Brazil, 20 employees or more; leads in Brazilian Portuguese, a few in English
and Spanish. cocinasindustrialesgt is a Guatemalan commercial-kitchen contractor from Guatemala City (design and
installation of stainless-steel industrial kitchens, gas lines and extraction, preventive maintenance of stoves, ovens
and fryers, emergency repair) for restaurant chains, hotels, hospitals and company canteens in Guatemala and El
Salvador, 40 employees or more; leads in Guatemalan Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fo001, fo002, ... in the order the rows are added. Run:
    python3 -B build-holdout187.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fo", ["rows_vibracionesco", "rows_devolucionivaar", "rows_calibracionpipetasbr", "rows_cocinasindustrialesgt"])
