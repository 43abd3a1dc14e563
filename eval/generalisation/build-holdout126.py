#!/usr/bin/env python3
"""Writes holdout126.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(cadastroprodutosbr, etilenoco, detecciongasesar, patientliftus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

cadastroprodutosbr is a product-data company in Maringá, Brazil (ERP catalogue clean-up with NCM/CEST/EAN and units,
technical data sheets and attributes, product photography and copy, marketplace publishing and blocked-listing fixes)
for home centers, building-materials stores, hardware stores and electrical / plumbing / building-materials
distributors in Brazil and Paraguay, 30 employees or more; leads in Brazilian Portuguese, a few in Spanish.
etilenoco is an ethylene and atmosphere-control company in Santa Marta, Colombia (permanganate absorbers for reefer
containers and cold rooms, catalytic scrubbers and ozone for packhouses, ethylene/CO2/O2 monitoring and in-transit
loggers, modified and controlled atmosphere) for banana, Hass avocado and tropical-fruit exporters, packhouses and
export cooperatives in Colombia and Ecuador, 40 employees or more; leads in Colombian Spanish, a few in English.
detecciongasesar is an H2S-safety company in Neuquén, Argentina (H2S safety supervisors on location, rental and
calibration of fixed and portable gas detectors, breathing-air systems and air trailers, H2S contingency plans and
training) for oil and gas operators, drilling / workover / well-service contractors, gas plants and hydrocarbon
hauliers in Argentina, 50 employees or more; leads in Argentine Spanish, a few in English. patientliftus is a
safe-patient-handling company in Sacramento, USA (ceiling and floor lift installation, annual lift inspections and
repairs, sling management, SPH programs and CNA training) for skilled nursing, assisted living, memory care,
post-acute and rehabilitation providers and clinic networks in the United States, 40 employees or more; leads in
English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are df001, df002, ... in the order the rows are added. Run:
    python3 -B build-holdout126.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "df", ["rows_cadastroprodutosbr", "rows_etilenoco", "rows_detecciongasesar", "rows_patientliftus"])
