#!/usr/bin/env python3
"""Writes holdout160.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(filetadorasbr, repatriacionpa, alistajear, dysphagiaus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

filetadorasbr is a Brazilian fish-processing machinery service company in Belém (preventive maintenance contracts,
24-hour emergency repair with spare parts, retrofit of used filleting / descaling / skinning / gutting / portioning
machines and shrimp peelers, and line adjustment for Amazonian and export species) for fish and shrimp processing
plants, fishing terminals and fish farms with their own plant in Brazil, 50 employees or more; leads in Brazilian
Portuguese, about a quarter in English from foreign-owned plants. repatriacionpa is a Panamanian funeral-transfer
company in Panama City (international repatriation of remains, land transfers between provinces, reception of remains
at Tocumen, international transfer of ashes and exhumed remains, annual agreements) for funeral homes, velatorios,
cemeteries, crematoria, pre-need plan companies, burial insurers and travel-assistance companies in Panama, 25
employees or more; leads in Panamanian Spanish, a few in English. alistajear is an Argentine vehicle-preparation
company in Córdoba (outsourced new-car alistaje and PDI, accessory fitting, paint protection / ceramic / delivery
wash, used-car reconditioning) for official dealerships, dealer groups and used-car agencies in Argentina, 30
employees or more; leads in Rioplatense Spanish, a few in English and a few in Brazilian Portuguese. dysphagiaus is a
US texture-modified-diet consultancy in Atlanta (IDDSI transition programs, on-site cook and diet-aide training,
tray-line and texture audits with survey readiness, texture-modified menu development) for hospital food and
nutrition services and the contract food-service companies running hospital kitchens in the United States, 150
employees or more; leads in English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are en001, en002, ... in the order the rows are added. Run:
    python3 -B build-holdout160.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "en", ["rows_filetadorasbr", "rows_repatriacionpa", "rows_alistajear", "rows_dysphagiaus"])
