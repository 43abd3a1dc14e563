#!/usr/bin/env python3
"""Writes holdout191.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(escalerasmecanicaspe, portariaremotabr, antigrafitimx, arqueacaotanquespt; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

escalerasmecanicaspe is a Peruvian escalator and moving-walk maintenance firm from Lima (preventive maintenance
contracts with 24 h callout, step-chain / step / handrail replacement, safety-device inspection and certification,
controller modernisation) for shopping malls, metro and airport operators, hospitals, supermarkets and office towers
in Peru, 60 employees or more; leads in Peruvian Spanish, a few in English. portariaremotabr is a Brazilian
remote-concierge company from Curitiba (PR) (24-hour remote gatehouse monitoring, visitor and delivery access by video
intercom, access-control hardware installation, vehicle gate automation) for business parks, logistics condominiums,
residential condominium administrators and corporate campuses in Paraná and Santa Catarina, 20 employees or more;
leads in Brazilian Portuguese, a few in English. antigrafitimx is a Mexican graffiti-removal and anti-graffiti
coating firm from Guadalajara (Jalisco) (removal from stone, metal and glass, sacrificial and permanent anti-graffiti
coatings, maintenance contracts with response times, vandalised glass-film replacement) for public-transport
operators, shopping centres, municipalities, property managers and retail chains in Mexico, 50 employees or more;
leads in Mexican Spanish, a few in English. arqueacaotanquespt is a Portuguese tank-calibration firm from Sines
(volumetric calibration and strapping of storage tanks, calibration tables, laser scanning of tank shells,
metrological certification for customs and fiscal metering) for fuel terminals, refineries, wineries and olive-oil
mills, chemical plants and port storage operators in Portugal and Spain, 25 employees or more; leads in European
Portuguese, some in Spanish and English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fs001, fs002, ... in the order the rows are added. Run:
    python3 -B build-holdout191.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fs", ["rows_escalerasmecanicaspe", "rows_portariaremotabr", "rows_antigrafitimx", "rows_arqueacaotanquespt"])
