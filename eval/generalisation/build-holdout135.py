#!/usr/bin/env python3
"""Writes holdout135.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(quebrasbr, pistasrd, pruebascalzadomx, derechosmusicaes; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

quebrasbr is a Brazilian shrink and expiry-loss services company from Campinas (in-store expiry-date rounds and
markdown schedule, section-level shrink diagnostics, donation of near-expiry food with the fiscal paperwork,
loss-prevention training of store teams) for supermarket chains, hypermarkets and atacarejos in Brazil, 50 employees
or more; leads in Brazilian Portuguese (one in European Portuguese) and a few in English. pistasrd is a Dominican
airfield-pavement company from Santo Domingo (rubber removal, continuous friction measurement, runway / taxiway /
apron markings, pavement condition surveys and crack sealing) for airport operators, regional aerodromes, FBOs and
regional airlines in the Dominican Republic, Puerto Rico, Haiti, Jamaica and the Turks and Caicos Islands, 30
employees or more; leads in Caribbean Spanish and a few in English. pruebascalzadomx is a footwear testing laboratory
in León, Guanajuato (physical-mechanical tests, NOM-113 / ISO 20345 safety-footwear tests, restricted-substance
chemistry for export, supplier-material control) for shoe factories, brands, tanneries and sole makers in Mexico, 30
employees or more; leads in Mexican Spanish and a few in English. derechosmusicaes is a music-rights services company
in Bilbao (identification of the music aired and reports to the collecting societies, licence and tariff audits,
music clearance for productions and promos, music-metadata cleanup) for TV and radio broadcasters, media groups and
production companies in Spain, Portugal and Andorra, 20 employees or more; leads in Castilian Spanish and a few in
English and European Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are do001, do002, ... in the order the rows are added. Run:
    python3 -B build-holdout135.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "do", ["rows_quebrasbr", "rows_pistasrd", "rows_pruebascalzadomx", "rows_derechosmusicaes"])
