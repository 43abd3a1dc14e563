#!/usr/bin/env python3
"""Writes holdout172.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(montagemmoveisbr, hidrotermicope, cotizadorgt, vetplansuk; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

montagemmoveisbr is a Brazilian outsourced furniture-assembly and after-sales network from Joinville (in-home assembly
for the end consumer in the factory's name, warranty technical visits, spare-part stock and reverse logistics, a ticket
portal with defect reports per model) for furniture factories (case goods, modular kitchens, made-to-measure,
upholstery) selling through retailers and marketplaces in Brazil, 60 employees or more; leads in Brazilian Portuguese,
about a quarter in English or Spanish. hidrotermicope is a Peruvian quarantine hot-water-treatment service company
from Piura (validation and SENASA-USDA APHIS certification of treatment tanks, tank and boiler maintenance,
thermometry and lot records, outsourced operators in season) for export mango packhouses in Peru and Ecuador, 50
workers or more; leads in Peruvian Spanish, a few in English and Portuguese. cotizadorgt is a Guatemalan
multi-insurer quoting platform (side-by-side quotes with insurers' rates kept current, online issuance requests, a
broker-branded quoting portal, rate loading and API integration) for insurance brokerages and agencies in Guatemala,
El Salvador and Honduras, 25 employees or more; leads in Central American Spanish, a few in English. vetplansuk is a
Bristol administrator of pet health plans (plan design and pricing, Direct Debit/SEPA collection and member
administration, practice-management-system integration and reconciliation, team uptake programme) for veterinary
groups in the UK and Ireland, 40 employees or more; leads in British English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ez001, ez002, ... in the order the rows are added. Run:
    python3 -B build-holdout172.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ez", ["rows_montagemmoveisbr", "rows_hidrotermicope", "rows_cotizadorgt", "rows_vetplansuk"])
