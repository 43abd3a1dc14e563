#!/usr/bin/env python3
"""Writes holdout195.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(seguridadeventosco, auditoriaenergeticacr, cercaeletricabr, microscopyserviceuk; profiles in ./profiles), 42 leads
each, written by rows_<id>.py.

seguridadeventosco is a Colombian event-security firm from Bogotá (crowd-management stewards and supervisors for
concerts, fairs and festivals, access control and bag search at the gates, security and emergency plans for the city's
event permits, VIP and artist protection) for concert promoters, stadium and arena operators, trade-fair organisers,
festivals and brand-activation agencies in Colombia, 200 employees or more; leads in Colombian Spanish, a few in
English. auditoriaenergeticacr is a Costa Rican energy-efficiency consultancy from San José (energy audits of buildings
and plants, ISO 50001 implementation, measurement and verification of savings projects, savings recommendations for
chillers, compressed air and lighting) for hotels, free-zone manufacturers, hospitals, shopping centres and food
processors in Costa Rica and Panama, 20 employees or more; leads in Costa Rican Spanish, a few in English.
cercaeletricabr is a Brazilian perimeter-security company from Goiânia (GO) (electric fences and perimeter sensors,
24-hour perimeter monitoring from its alarm centre, preventive maintenance and technical reports, integration with
cameras and gate control) for warehouses and logistics centres, agribusiness farms and grain stores, industrial
plants, business parks and condominiums in Goiás, Mato Grosso and the Federal District, 40 employees or more; leads in
Brazilian Portuguese, a few in Spanish. microscopyserviceuk is a UK microscope service company from Cambridge
(preventive maintenance and calibration of light and fluorescence microscopes, repair and refurbishment of objectives
and stages, multi-brand fleet service contracts, relocation and installation of microscope systems) for universities,
hospital pathology labs, pharma and biotech R&D, contract research organisations and forensic labs in the UK and
Ireland, 25 employees or more; leads in British English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fw001, fw002, ... in the order the rows are added. Run:
    python3 -B build-holdout195.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fw", ["rows_seguridadeventosco", "rows_auditoriaenergeticacr", "rows_cercaeletricabr", "rows_microscopyserviceuk"])
