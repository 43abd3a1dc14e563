#!/usr/bin/env python3
"""Writes holdout162.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(ordenhabr, adminterminalbo, playoutve, storagepricingus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

ordenhabr is a milking-equipment service company in Goiânia, Brazil (preventive and emergency maintenance of milking
machines with a 24-hour call-out, static and dynamic testing with a report, installation and refurbishment of milking
parlours, cleaning-circuit and milking-routine audits with training) for dairy farms, dairy groups, milk cooperatives
and dairies with their own farms in Brazil's Centre-West, 20 employees or more; leads in Brazilian Portuguese and,
about a quarter, English. adminterminalbo is a Cochabamba software house for bus-terminal administration
(departures control by bay, sale and QR validation of the terminal-use fee, invoicing and collection from bus
operators and tenants, implementation and 24/7 support) for private or concessioned bus terminals, minibus terminals
and transfer hubs in Bolivia and Peru, 30 employees or more; leads in Bolivian Spanish, a few in English and a few in
Portuguese. playoutve is a Barquisimeto radio-systems company (on-air automation with a mirror server, commercial
scheduling with proof of broadcast and billing per spot, streaming and apps, installation and 24/7 support) for radio
stations, radio circuits, regional newspapers and regional TV in Venezuela and Colombia, 20 employees or more; leads
in Venezuelan Spanish, a few in English. storagepricingus is a Denver revenue-management firm for self-storage
(outsourced street-rate pricing, existing-customer rate increase programs, market feasibility and acquisition
underwriting, portfolio revenue audits) for self-storage operators, owners and REIT portfolios in the United States,
25 employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ep001, ep002, ... in the order the rows are added. Run:
    python3 -B build-holdout162.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ep", ["rows_ordenhabr", "rows_adminterminalbo", "rows_playoutve", "rows_storagepricingus"])
