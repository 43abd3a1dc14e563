#!/usr/bin/env python3
"""Writes holdout181.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(apiculturaar, salinasbr, jetfuelqcpa, avituallamientope; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

apiculturaar is an Argentine honey-house services firm from Paraná (Entre Ríos) (design and maintenance of honey
extraction rooms, blending and drum filling for export, residue and quality lab tests of export lots, SENASA
traceability records) for honey exporters, beekeeping cooperatives, honey packers and large commercial beekeepers in
Argentina, 15 employees or more; leads in Rioplatense Spanish, a few in English. salinasbr is a Brazilian salt-works
service company from Mossoró (RN) (maintenance of salt harvesters and conveyors, crystalliser-pond and brine
management, washing and drying plant service, corrosion protection of salt-works equipment) for sea-salt producers
(salineiras) and salt refiners in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in English.
jetfuelqcpa is a Panamanian aviation-fuel quality firm from Panama City (fuel-farm audits and quality control to JIG
standards, into-plane fuelling audits, fuel sampling and lab tests, training of fuelling staff) for airlines, airport
fuel farms, FBOs and into-plane fuelling companies in Panama and Central America, 30 employees or more; leads in Spanish
and English. avituallamientope is a Peruvian ship chandler from Callao (provisions and bonded stores delivered on board,
technical spares and safety equipment, crew-change logistics, fresh water and waste services at anchorage) for shipping
lines, ship managers, fishing fleets and offshore vessels calling at Peruvian ports, 30 employees or more; leads in
Peruvian Spanish and English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fi001, fi002, ... in the order the rows are added. Run:
    python3 -B build-holdout181.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fi", ["rows_apiculturaar", "rows_salinasbr", "rows_jetfuelqcpa", "rows_avituallamientope"])
