#!/usr/bin/env python3
"""Writes holdout127.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(aniloxbr, redesec, permisosseguridadmx, desenfumagempt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

aniloxbr is a Brazilian print-services company in Recife (laser/ultrasonic cleaning of anilox rolls and gravure
cylinders, anilox audits with BCM volume and wear maps, recovery of damaged ceramic anilox with a loan roll,
doctor-blade chamber maintenance and operator training) for flexo and gravure packaging printers, flexible-packaging
converters, label printers and corrugated plants in Brazil, 40 employees or more; leads in Brazilian Portuguese, a few
in English. redesec is an Ecuadorian net yard in Manta (repair of tuna and sardine purse-seine nets, new nets built to
measure, inspection, washing and covered storage between trips, dolphin-release panels and records for MSC / Dolphin
Safe audits) for tuna fleets, fishing companies and vessel owners in Ecuador and Peru, 30 employees or more; leads in
Ecuadorian Spanish, a few in English. permisosseguridadmx is a Mexican permits consultancy in Chihuahua (federal
DGSP authorisation and state permits, personnel registry and CUIP, the SEDENA collective firearms licence,
compliance audits and verification visits) for private security companies in northern Mexico, 50 employees or more;
leads in Mexican Spanish, a few in English. desenfumagempt is a Portuguese car-park safety-systems company in Lisbon
(maintenance of car-park ventilation and smoke extraction, CO/NO2/LPG detection calibration, yearly fire-safety tests
and ANEPC inspection support, remote monitoring and energy tuning) for car-park operators and municipal parking
companies in Portugal, 20 employees or more; leads in European Portuguese, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dg001, dg002, ... in the order the rows are added. Run:
    python3 -B build-holdout127.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dg", ["rows_aniloxbr", "rows_redesec", "rows_permisosseguridadmx", "rows_desenfumagempt"])
