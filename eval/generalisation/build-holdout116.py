#!/usr/bin/env python3
"""Writes holdout116.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(conteinerbr, transparenciard, pararrayosbo, extraescolareses; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

conteinerbr is a container-services company in Manaus, Amazonas, Brazil (container surveys on-hire/off-hire with EIR
and damage reports, structural repair of dry and reefer boxes to IICL criteria, washing and preparation for food
cargo, reefer and genset maintenance with PTI and 24 h call-outs) for shipping lines, maritime agencies, port and dry-
port terminals, logistics operators and road-river carriers in the North of Brazil, 50 employees or more: a service
for the logistics and shipping industry; leads in Brazilian Portuguese and a few in Spanish. transparenciard is a
public-governance consultancy in Santiago de los Caballeros, Dominican Republic (transparency portals, NOBACI internal
control, SISMAP indicators, training for public servants in access to information, procurement and ethics) for
ayuntamientos, juntas de distrito municipal, governorates, public hospitals, decentralised institutes and state
companies in the Dominican Republic, 40 servants or more: a service for the public sector and municipalities; leads
in Dominican Spanish and a few in English. pararrayosbo is a lightning-protection and earthing company in La Paz /
El Alto, Bolivia (lightning protection systems, earthing grids and measurements, surge protection, periodic
inspection with signed reports) for owners and managers of hospitals, universities and schools, hotels, shopping
centres, condominiums, plants, telecom sites and mines in Bolivia, 30 workers or more: a technical service for
buildings; leads in Andean Spanish and a few in English. extraescolareses is a Madrid company that runs the
out-of-hours side of schools (after-school activity programmes, early-morning and afternoon care, lunchtime
dining-hall and playground supervisors, day camps in non-teaching days) for concertado, private and international
schools and public-school AMPAs in Madrid and Zaragoza, schools of 40 workers or more: a service for schools; leads in
Castilian Spanish and a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are cv001, cv002, ... in the order the rows are added. Run:
    python3 -B build-holdout116.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "cv", ["rows_conteinerbr", "rows_transparenciard", "rows_pararrayosbo", "rows_extraescolareses"])
