#!/usr/bin/env python3
"""Writes holdout201.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(limpiezaestofadosco, corporatechauffeurza, comedoresindustrialesec, vistoriaimoveispt; profiles in ./profiles), 42
leads each, written by rows_<id>.py.

limpiezaestofadosco is a Colombian upholstery and carpet cleaning company from Bogotá (on-site deep cleaning of office
chairs, sofas, seating and fabric partitions, carpet and rug extraction cleaning, stain protection treatments,
scheduled night-shift cleaning contracts) for corporate offices, hotels, clinics, cinemas and theatres and coworking
operators in Colombia, 40 employees or more; leads in Colombian Spanish, a few in English. corporatechauffeurza is a
South African corporate chauffeur company from Johannesburg (executive chauffeur-driven cars on account, airport
meet-and-greet transfers for staff and visitors, roadshow and event transport, security-trained drivers) for the
travel desks and executive offices of banks, financial services firms, mining houses, law firms, listed companies and
consultancies, and event organisers in Gauteng and the Western Cape, 50 employees or more; leads in South African
English, a few in Portuguese and Spanish. comedoresindustrialesec is an Ecuadorian industrial-catering company from
Guayaquil (on-site staff canteen operation with its own kitchen staff, menus planned by nutritionists, food-safety
control, meal counts per shift for payroll discounts) for shrimp packers, banana exporters, food and industrial
plants, mining camps and hospitals in Ecuador, 150 employees or more; leads in Ecuadorian Spanish, a few in English.
vistoriaimoveispt is a Portuguese property-inspection company from Lisbon (photographic check-in and check-out
inventory reports for leases, building condition surveys, defect reports at the handover of new flats, reports for
disputes and insurance claims) for letting agencies, property managers and condominium administrators, build-to-rent
investors, developers and insurers in Portugal, 15 employees or more; leads in European Portuguese, a few in English
and Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are gc001, gc002, ... in the order the rows are added. Run:
    python3 -B build-holdout201.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "gc", ["rows_limpiezaestofadosco", "rows_corporatechauffeurza", "rows_comedoresindustrialesec",
                           "rows_vistoriaimoveispt"])
